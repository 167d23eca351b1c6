package app.rapport.draft.template;

/**
 * A template that cannot be used, with the line of the whole file (front matter included) where the
 * problem is, so the person who wrote it can find it in their editor.
 */
public final class TemplateSyntaxError extends RuntimeException {
  private final int line;
  private final String reason;

  public TemplateSyntaxError(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  /** The 1-based line in the template file. */
  public int line() {
    return line;
  }

  /** What is wrong, without the line prefix. */
  public String reason() {
    return reason;
  }
}
