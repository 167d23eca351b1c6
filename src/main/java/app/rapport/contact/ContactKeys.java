package app.rapport.contact;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How Rapport tells that two rows are the same person: the normalised email, else the normalised
 * profile URL. The same key, hashed, identifies a suppressed address after its contact is gone.
 */
public final class ContactKeys {

  private ContactKeys() {}

  public static String normaliseEmail(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * "https://www.LinkedIn.com/in/jane-doe/?utm=x", "uk.linkedin.com/in/jane-doe" and
   * "linkedin.com/in/jane-doe" are the same profile: scheme, "www.", LinkedIn's country subdomains,
   * query, fragment and trailing slashes do not count; host is case-insensitive (the path is kept
   * as written, lower-cased, as profile sites treat it so).
   */
  public static String normaliseProfileUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String text = url.strip();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    try {
      URI uri = URI.create(text);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      if (host.endsWith(".linkedin.com")) {
        host = "linkedin.com"; // uk.linkedin.com/in/ada is linkedin.com/in/ada, as imports read it
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return host + path;
    } catch (IllegalArgumentException e) {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /** The per-owner identity of a contact; null when it has neither email nor profile URL. */
  public static String dedupeKey(String email, String profileUrl) {
    String normalisedEmail = normaliseEmail(email);
    if (normalisedEmail != null) {
      return "e:" + normalisedEmail;
    }
    String profile = normaliseProfileUrl(profileUrl);
    return profile == null ? null : "u:" + profile;
  }

  /**
   * SHA-256 (hex) of a dedupe key; equals PostgreSQL's {@code encode(sha256(convert_to(key,
   * 'UTF8')), 'hex')}, so suppression can be joined in SQL.
   */
  public static String hash(String dedupeKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
