package app.rapport.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anti-forgery tokens for the forms, as a signed double-submit cookie: the browser keeps a random
 * nonce in an HttpOnly cookie, and every form carries HMAC(key, nonce). A forged cross-site POST
 * sends the cookie but cannot read the page to learn the token; a planted cookie is useless without
 * the key. Nothing is stored on the server, so any replica checks any token (they share the session
 * key).
 */
@ApplicationScoped
public class FormTokens {

  /** The cookie holding the browser's nonce. */
  public static final String COOKIE = "rapport-csrf";

  /** The form field that carries the token. */
  public static final String FIELD = "_csrf";

  /** The request header that carries the token for htmx requests. */
  public static final String HEADER = "X-CSRF-Token";

  private final byte[] key;
  private final SecureRandom random = new SecureRandom();

  public FormTokens(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
          Optional<String> sessionKey) {
    this.key = sessionKey.filter(k -> !k.isBlank()).map(FormTokens::derive).orElseGet(this::fresh);
  }

  /** A new random nonce for a browser that has none. */
  public String newNonce() {
    byte[] nonce = new byte[24];
    random.nextBytes(nonce);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
  }

  /** The token the forms of a page carry for this nonce. */
  public String tokenFor(String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** Whether a submitted token belongs to the browser's nonce (constant time). */
  public boolean matches(String nonce, String submitted) {
    if (nonce == null || nonce.isBlank() || submitted == null || submitted.length() > 100) {
      return false;
    }
    return MessageDigest.isEqual(
        tokenFor(nonce).getBytes(StandardCharsets.US_ASCII),
        submitted.getBytes(StandardCharsets.US_ASCII));
  }

  /** A key of its own, derived from the session key so that one secret configures both. */
  private static byte[] derive(String sessionKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("rapport form tokens\0".getBytes(StandardCharsets.UTF_8));
      return sha.digest(sessionKey.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private byte[] fresh() {
    byte[] generated = new byte[32];
    random.nextBytes(generated);
    return generated;
  }
}
