package app.rapport.guard;

import java.util.Objects;

/**
 * What the guard found wrong with a draft: which rule, how hard it stops the draft, a message the
 * user can act on (it quotes the offending text and says what to change), and where it is.
 *
 * @param start first char offset of the offending text in the subject or body (0 for {@link
 *     Part#DRAFT})
 * @param end offset just after the offending text, exclusive (0 for {@link Part#DRAFT})
 */
public record Finding(
    RuleCode code, Severity severity, String message, Part part, int start, int end) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(part, "part");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
    if (part == Part.DRAFT && (start != 0 || end != 0)) {
      throw new IllegalArgumentException("a finding about the whole draft has no span");
    }
  }

  /** A finding about the draft or campaign as a whole, with no span. */
  public static Finding onDraft(RuleCode code, Severity severity, String message) {
    return new Finding(code, severity, message, Part.DRAFT, 0, 0);
  }

  /** A finding that points at a stretch of the subject or body. */
  public static Finding at(
      RuleCode code, Severity severity, String message, Part part, int start, int end) {
    return new Finding(code, severity, message, part, start, end);
  }

  static Finding at(RuleCode code, Severity severity, String message, Part part, Span span) {
    return new Finding(code, severity, message, part, span.start(), span.end());
  }

  /** Whether this finding stops approval and sending. */
  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
