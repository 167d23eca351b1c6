package app.rapport.contact.csv;

/**
 * An upload crossed one of the {@link ImportLimits}. Thrown rather than reported as a row problem
 * because the whole import is refused: nothing of a file that is too large is imported. The web
 * layer answers {@link Kind#BYTES} and {@link Kind#ROWS} with 413 and {@link Kind#FIELD} with 422;
 * the message is written for the person who uploaded the file.
 */
public final class CsvLimitExceeded extends RuntimeException {

  /** Which limit was crossed. */
  public enum Kind {
    /** The upload has more bytes than {@link ImportLimits#maxBytes()}. */
    BYTES,
    /** The file has more data rows than {@link ImportLimits#maxRows()}. */
    ROWS,
    /** A cell (or a whole line) is longer than {@link ImportLimits#maxFieldLength()} allows. */
    FIELD
  }

  private final Kind kind;

  public CsvLimitExceeded(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
