package app.rapport.platform;

/**
 * Regular expressions for bean validation of user text. Single-line values may reach a mail header
 * or a log line, so no control character at all (CR, LF, NUL, U+2028…); multi-line notes may hold
 * tabs and line breaks but nothing else from the control range.
 */
public final class TextRules {

  private TextRules() {}

  public static final String SINGLE_LINE = "^[^\\p{Cntrl}\\u2028\\u2029\\u0085]*$";

  public static final String MULTI_LINE =
      "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u2028\\u2029\\u0085]*$";

  public static final String SINGLE_LINE_MESSAGE = "must be one line with no control characters";

  public static final String MULTI_LINE_MESSAGE = "must not contain control characters";
}
