package app.rapport.response.token;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret that signs answer links, named by an id that travels in the token so that keys can be
 * rotated: new links use the newest key while links already in inboxes still verify.
 *
 * @param id 1–32 characters from {@code [A-Za-z0-9_-]}: it appears in URLs and may not hold a dot
 * @param secret at least 32 bytes (HMAC-SHA256 gains nothing from more than 64)
 */
public record SigningKey(String id, byte[] secret) {

  static final int MIN_SECRET_BYTES = 32;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  public SigningKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("A key id is 1-32 characters of A-Z a-z 0-9 _ -: " + id);
    }
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "Signing key " + id + " has " + secret.length + " bytes; at least 32 are needed");
    }
    secret = secret.clone();
  }

  /** A key from configuration, where the secret is written in base64 (standard or URL-safe). */
  public static SigningKey fromBase64(String id, String base64Secret) {
    String text = Objects.requireNonNull(base64Secret, "base64Secret").strip();
    byte[] secret =
        text.indexOf('-') >= 0 || text.indexOf('_') >= 0
            ? Base64.getUrlDecoder().decode(text)
            : Base64.getDecoder().decode(text);
    return new SigningKey(id, secret);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SigningKey key
        && id.equals(key.id)
        && Arrays.equals(secret, key.secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Never prints the secret: keys end up in logs through config dumps and exceptions. */
  @Override
  public String toString() {
    return "SigningKey[id=" + id + ", secret=<" + secret.length + " bytes>]";
  }
}
