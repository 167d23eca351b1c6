package app.rapport.response.token;

import app.rapport.response.token.InvalidToken.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the signed links in an invitation ("Happy to chat", "Not right now", "Please
 * don't contact me again"), so that a recipient can answer without an account and nobody else can
 * answer for them.
 *
 * <p>A token is {@code v1.<keyId>.<payload>.<mac>}: the payload is 17 bytes (invitation id, purpose
 * code, expiry in epoch seconds, 0 for never) and the MAC is HMAC-SHA256 over the ASCII text {@code
 * v1.<keyId>.<payload>}, both in unpadded base64url. It holds no email address, is URL safe, and is
 * about 100 characters long. Parsing is strict: one canonical spelling per token, and anything over
 * {@value #MAX_LENGTH} characters is refused before decoding.
 *
 * <p>Answer tokens expire (default 90 days) so that old mail cannot flip an answer forever; opt-out
 * tokens never do, because an opt-out from a year ago must still work.
 */
public final class AnswerTokens {

  public static final Duration DEFAULT_ANSWER_TTL = Duration.ofDays(90);
  static final int MAX_LENGTH = 200;

  private static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int PAYLOAD_BYTES = Long.BYTES + 1 + Long.BYTES;
  private static final int MAC_BYTES = 32;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final String currentKeyId;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
  private final Clock clock;
  private final Duration answerTtl;

  /**
   * @param keys the first signs new tokens; all of them verify (old keys kept during rotation)
   */
  public AnswerTokens(List<SigningKey> keys, Clock clock, Duration answerTtl) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("At least one signing key is needed");
    }
    for (SigningKey key : keys) {
      if (this.keys.put(key.id(), new SecretKeySpec(key.secret(), ALGORITHM)) != null) {
        throw new IllegalArgumentException("Two signing keys have the id " + key.id());
      }
    }
    this.currentKeyId = keys.getFirst().id();
    this.clock = Objects.requireNonNull(clock, "clock");
    if (answerTtl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "An answer link must live at least a second: " + answerTtl);
    }
    this.answerTtl = answerTtl;
  }

  public AnswerTokens(List<SigningKey> keys, Clock clock) {
    this(keys, clock, DEFAULT_ANSWER_TTL);
  }

  /** A token for {@code invitationId}, signed with the current key. */
  public String issue(long invitationId, AnswerPurpose purpose) {
    if (invitationId <= 0) {
      throw new IllegalArgumentException("Invitation ids are positive: " + invitationId);
    }
    long expiry =
        switch (purpose) {
          case ANSWER -> clock.instant().plus(answerTtl).getEpochSecond();
          case OPT_OUT -> 0;
        };
    byte[] payload =
        ByteBuffer.allocate(PAYLOAD_BYTES)
            .putLong(invitationId)
            .put(purpose.code())
            .putLong(expiry)
            .array();
    String signed = VERSION + "." + currentKeyId + "." + ENCODER.encodeToString(payload);
    return signed + "." + ENCODER.encodeToString(mac(keys.get(currentKeyId), signed));
  }

  /**
   * The invitation and purpose a token was issued for, if it is well formed, signed by a known key,
   * meant for {@code expected} and not expired; checked in that order.
   *
   * @throws InvalidToken with the first check that failed
   */
  public VerifiedToken verify(String token, AnswerPurpose expected) {
    Objects.requireNonNull(expected, "expected");
    String[] parts = split(token);
    byte[] payload = decode(parts[2], PAYLOAD_BYTES);
    byte[] mac = decode(parts[3], MAC_BYTES);
    SecretKeySpec key = keys.get(parts[1]);
    if (key == null) {
      throw new InvalidToken(Reason.UNKNOWN_KEY, "no signing key " + parts[1]);
    }
    String signed = token.substring(0, token.lastIndexOf('.'));
    if (!MessageDigest.isEqual(mac(key, signed), mac)) {
      throw new InvalidToken(Reason.BAD_SIGNATURE, "signature does not match");
    }
    ByteBuffer fields = ByteBuffer.wrap(payload);
    long invitationId = fields.getLong();
    AnswerPurpose purpose = AnswerPurpose.ofCode(fields.get());
    long expiry = fields.getLong();
    if (purpose == null) {
      throw new InvalidToken(Reason.MALFORMED, "unknown purpose");
    }
    if (purpose != expected) {
      throw new InvalidToken(Reason.WRONG_PURPOSE, "issued for " + purpose + ", not " + expected);
    }
    if (expiry != 0 && !clock.instant().isBefore(Instant.ofEpochSecond(expiry))) {
      throw new InvalidToken(Reason.EXPIRED, "expired at " + Instant.ofEpochSecond(expiry));
    }
    return new VerifiedToken(invitationId, purpose, parts[1]);
  }

  /** Four dot-separated parts of URL-safe characters, version first; nothing else. */
  private static String[] split(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      throw new InvalidToken(Reason.MALFORMED, "empty or longer than " + MAX_LENGTH);
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean urlSafe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!urlSafe && c != '-' && c != '_' && c != '.') {
        throw new InvalidToken(Reason.MALFORMED, "unexpected character at " + i);
      }
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION) || parts[1].isEmpty()) {
      throw new InvalidToken(Reason.MALFORMED, "not a v1 token of four parts");
    }
    return parts;
  }

  /** Decodes exactly {@code bytes} bytes, refusing any spelling but the canonical one. */
  private static byte[] decode(String text, int bytes) {
    try {
      byte[] decoded = DECODER.decode(text);
      if (decoded.length == bytes && ENCODER.encodeToString(decoded).equals(text)) {
        return decoded;
      }
    } catch (IllegalArgumentException e) {
      // fall through: not base64url
    }
    throw new InvalidToken(Reason.MALFORMED, "bad base64url or length");
  }

  private static byte[] mac(SecretKeySpec key, String signed) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
