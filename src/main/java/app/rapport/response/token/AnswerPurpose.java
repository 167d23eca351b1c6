package app.rapport.response.token;

/**
 * What a signed link may be used for. Two purposes are enough to keep an answer link from being
 * replayed as an opt-out and the other way round; the accept or decline choice itself is made on
 * the confirmation page and posted, so it needs no token of its own.
 */
public enum AnswerPurpose {
  /** The answer page: "Happy to chat" / "Not right now". Expires (default 90 days). */
  ANSWER('A'),
  /** "Please don't contact me again", including RFC 8058 one-click. Never expires. */
  OPT_OUT('O');

  private final byte code;

  AnswerPurpose(char code) {
    this.code = (byte) code;
  }

  /** The byte written into the token: stable even if the constants are reordered. */
  byte code() {
    return code;
  }

  /** The purpose written as {@code code}, or null when no purpose has that code. */
  static AnswerPurpose ofCode(byte code) {
    for (AnswerPurpose purpose : values()) {
      if (purpose.code == code) {
        return purpose;
      }
    }
    return null;
  }
}
