package app.rapport.contact.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a list (of contacts, invitations, …) as CSV, one row at a time so an export streams. RFC
 * 4180 with CRLF line ends, every cell quoted and {@link CsvCells#neutralise neutralised} against
 * formula injection, the header included. Closing it flushes and closes the underlying writer.
 */
public final class ContactCsvWriter implements Closeable, Flushable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  private final CSVPrinter printer;
  private final int width;

  /** Starts the export by writing the header. */
  public ContactCsvWriter(Writer out, List<String> header) {
    this.width = header.size();
    try {
      this.printer = new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row(header);
  }

  /** Writes one row; it must have as many cells as the header. Null cells are written empty. */
  public void row(List<String> cells) {
    if (cells.size() != width) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells under a header of " + width);
    }
    try {
      printer.printRecord(cells.stream().map(CsvCells::neutralise));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
