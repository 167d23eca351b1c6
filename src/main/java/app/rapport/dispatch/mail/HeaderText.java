package app.rapport.dispatch.mail;

/**
 * The gate every header-bound value passes: names, subject, addresses, URLs, the Message-ID.
 *
 * <p>Why so strict: Jakarta Mail encodes display names and subjects, but a raw CR or LF that slips
 * into a header (through {@code setHeader}, a hand-built address or a URL) becomes a new header
 * line, and {@code \r\nBcc: x@evil} silently adds a recipient. Mail clients and some MTAs also
 * treat U+2028, U+2029 and NEL (U+0085) as line breaks. None of these belong in a one-line header
 * value, so we refuse them rather than strip them: a silently altered name is still wrong.
 */
public final class HeaderText {

  private HeaderText() {}

  /**
   * Returns {@code value} unchanged when it is safe for a header.
   *
   * @throws UnsafeHeaderValue naming {@code fieldName} if the value holds CR, LF, NUL, any other
   *     ISO control character (C0, DEL, C1 including U+0085), U+2028 or U+2029
   * @throws NullPointerException if {@code value} is null
   */
  public static String requireSafe(String fieldName, String value) {
    if (value == null) {
      throw new NullPointerException(fieldName);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new UnsafeHeaderValue(
            fieldName, String.format("control or line-break character U+%04X at %d", (int) c, i));
      }
    }
    return value;
  }
}
