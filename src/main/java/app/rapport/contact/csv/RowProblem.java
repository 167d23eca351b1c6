package app.rapport.contact.csv;

/**
 * Why one row of an upload was not imported, written for the person who will fix the file.
 *
 * @param line the physical line (1-based, counting any preamble) where the row starts
 * @param column the header of the offending column as written in the file, or null when the problem
 *     concerns the whole row or file
 * @param value the offending value, cut to {@link #MAX_VALUE_LENGTH} characters
 * @param message what is wrong and what to do, e.g. "not an email address: 'bob@' — expected
 *     name@domain"
 */
public record RowProblem(int line, String column, String value, String message) {

  /** Values are cut so that a problem list never repeats a whole oversized cell. */
  public static final int MAX_VALUE_LENGTH = 200;

  public RowProblem {
    if (value != null && value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH);
    }
  }
}
