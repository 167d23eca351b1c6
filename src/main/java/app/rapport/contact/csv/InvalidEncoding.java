package app.rapport.contact.csv;

/**
 * The upload is not valid UTF-8. Refused instead of guessed: decoding leniently would turn "Müller"
 * from a Windows-1252 export into "M�ller" in every invitation drafted from it. The line is the
 * physical line (1-based, counting any preamble) holding the first invalid byte, so the person can
 * find it.
 */
public final class InvalidEncoding extends RuntimeException {

  private final int line;

  public InvalidEncoding(int line) {
    super(
        "line "
            + line
            + " is not valid UTF-8 — save the file as UTF-8 (in Excel: \"CSV UTF-8\") and upload"
            + " it again");
    this.line = line;
  }

  public int line() {
    return line;
  }
}
