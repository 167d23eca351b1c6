package app.rapport.contact.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data records of an upload, one at a time, each with the physical line it starts on. The
 * pipeline: bytes counted ({@link ByteBudgetStream}), decoded as strict UTF-8 ({@link
 * StrictUtf8Reader}), header located ({@link HeaderLine}), characters watched ({@link
 * RecordScanner}), records parsed by commons-csv, then blank records skipped and the row and field
 * limits enforced here.
 */
final class UploadRecords {

  /** One non-blank record. */
  record Record(int line, List<String> cells) {}

  private final HeaderLine header;
  private final ColumnMapping mapping;
  private final ImportLimits limits;
  private final RecordScanner scanner;
  private final Iterator<CSVRecord> records;
  private int count;

  private UploadRecords(
      HeaderLine header, ColumnMapping mapping, ImportLimits limits, RecordScanner scanner)
      throws IOException {
    this.header = header;
    this.mapping = mapping;
    this.limits = limits;
    this.scanner = scanner;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(header.delimiter())
            .setIgnoreEmptyLines(false) // each blank line must still match a start line
            .get();
    this.records = CSVParser.parse(scanner, format).iterator();
  }

  /** Reads up to the header; empty when the upload has none. */
  static Optional<UploadRecords> open(
      InputStream in, ImportLimits limits, Map<String, ContactField> explicit) {
    PushbackReader text =
        new PushbackReader(new StrictUtf8Reader(new ByteBudgetStream(in, limits.maxBytes())), 1);
    try {
      Optional<HeaderLine> header =
          HeaderLine.locate(text, RecordScanner.maxRecordChars(limits.maxFieldLength()));
      if (header.isEmpty()) {
        return Optional.empty();
      }
      HeaderLine found = header.get();
      RecordScanner scanner =
          new RecordScanner(text, found.delimiter(), found.line() + 1, limits.maxFieldLength());
      return Optional.of(
          new UploadRecords(found, ColumnMapping.detect(found.cells(), explicit), limits, scanner));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HeaderLine header() {
    return header;
  }

  ColumnMapping mapping() {
    return mapping;
  }

  /**
   * The next non-blank record, or empty at the end. Broken quoting also ends the records, after a
   * problem on the line where the broken record starts: commons-csv cannot resume after it.
   */
  Optional<Record> next(Consumer<RowProblem> problems) {
    while (hasNext(problems)) {
      List<String> cells = records.next().toList();
      int line = scanner.nextRecordLine();
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (++count > limits.maxRows()) {
        throw new CsvLimitExceeded(
            CsvLimitExceeded.Kind.ROWS,
            "the file has more than "
                + Sizes.count(limits.maxRows())
                + " rows — split it and upload the parts");
      }
      checkLengths(line, cells);
      return Optional.of(new Record(line, cells));
    }
    return Optional.empty();
  }

  private boolean hasNext(Consumer<RowProblem> problems) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException)) {
        throw e;
      }
      int line = scanner.nextRecordLine();
      String what =
          scanner.endedInsideQuotes()
              ? "a quote opened in the row starting on line %d is never closed — close it with \""
                  + " or remove it"
              : "broken quoting in the row starting on line %d — a quoted value must end with \""
                  + " right before the delimiter, and a \" inside it must be doubled (\"\")";
      problems.accept(
          new RowProblem(line, null, "", what.formatted(line) + "; nothing after it was read"));
      return false;
    }
  }

  private void checkLengths(int line, List<String> cells) {
    for (int column = 0; column < cells.size(); column++) {
      int length = cells.get(column).length();
      if (length > limits.maxFieldLength()) {
        String header = column < mapping.headers().size() ? mapping.headers().get(column) : null;
        throw new CsvLimitExceeded(
            CsvLimitExceeded.Kind.FIELD,
            "%s in the row starting on line %d is %s characters long — at most %s are accepted"
                .formatted(
                    header == null ? "a value" : "'" + header + "'",
                    line,
                    Sizes.count(length),
                    Sizes.count(limits.maxFieldLength())));
      }
    }
  }
}
