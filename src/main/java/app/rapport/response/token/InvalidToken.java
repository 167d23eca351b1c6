package app.rapport.response.token;

/**
 * An answer link that cannot be trusted. The reason decides the page shown (an expired link can say
 * so; the others look alike to the visitor) and never changes any state.
 */
public final class InvalidToken extends RuntimeException {

  /** Why a token was refused, in the order the checks run. */
  public enum Reason {
    /** Not a token of this format: empty, too long, wrong characters or parts, bad base64. */
    MALFORMED,
    /** Signed with a key id that is not configured (never was, or retired). */
    UNKNOWN_KEY,
    /** The signature does not match: tampered with, or forged. */
    BAD_SIGNATURE,
    /** A genuine token, used for something it was not issued for. */
    WRONG_PURPOSE,
    /** A genuine answer token past its expiry. */
    EXPIRED
  }

  private final Reason reason;

  public InvalidToken(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
