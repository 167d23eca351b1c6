package app.rapport.contact.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * Reads contacts from a CSV upload, one row at a time: a generic export (any recognised headers,
 * {@code ,} {@code ;} or tab, optional BOM, CRLF, quoted line breaks) or LinkedIn's Connections.csv
 * as downloaded (with its "Notes:" preamble).
 *
 * <p>The upload is never held whole: bytes are counted and decoded as strict UTF-8 as they arrive,
 * one record at a time is parsed and validated, and each valid row goes to the caller. Memory stays
 * bounded by the longest accepted row, whatever the file holds.
 *
 * <p>Three outcomes, for the caller to map: a crossed limit throws {@link CsvLimitExceeded} and
 * invalid UTF-8 throws {@link InvalidEncoding} (rows may already have been handed out: import
 * nothing then); a row that fails validation is reported as a {@link RowProblem} and the reading
 * goes on; a file-level problem (no header, no name or address column, broken quoting) is reported
 * as a {@link RowProblem} and ends the reading. Duplicate contacts within the file are passed on as
 * they are. The input stream is not closed.
 */
public final class ContactCsvReader {

  private final ImportLimits limits;
  private final Map<String, ContactField> explicitMapping;

  /**
   * @param explicitMapping header (as written) to field, overriding detection; a null field ignores
   *     that column
   */
  public ContactCsvReader(ImportLimits limits, Map<String, ContactField> explicitMapping) {
    this.limits = limits;
    this.explicitMapping = Collections.unmodifiableMap(new HashMap<>(explicitMapping));
  }

  /** Reads every row, handing valid ones to {@code rows} and the rest to {@code problems}. */
  public ColumnMapping read(
      InputStream in, Consumer<ContactRow> rows, Consumer<RowProblem> problems) {
    Optional<Upload> opened = open(in);
    if (opened.isEmpty()) {
      problems.accept(
          new RowProblem(
              1,
              null,
              "",
              "no header line — the first line must name the columns, e.g. First Name,Last"
                  + " Name,Email Address"));
      return ColumnMapping.detect(List.of(), explicitMapping);
    }
    Upload upload = opened.get();
    ColumnMapping mapping = upload.mapping();
    List<RowProblem> headerProblems =
        new HeaderCheck(mapping, explicitMapping).problems(upload.header().line());
    headerProblems.forEach(problems);
    if (headerProblems.stream().anyMatch(p -> p.column() == null)) {
      return mapping;
    }
    RowValidation validation = new RowValidation(mapping);
    List<RowProblem> found = new ArrayList<>();
    int count = 0;
    for (Iterator<CSVRecord> records = upload.records();
        nextOrReport(upload, records, problems); ) {
      CSVRecord record = records.next();
      int line = upload.scanner().nextRecordLine();
      List<String> cells = record.toList();
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
      checkLengths(line, cells, mapping);
      validation.validate(line, cells, found).ifPresent(rows);
      found.forEach(problems);
      found.clear();
    }
    return mapping;
  }

  /** The mapping and the raw cells of the first {@code maxRows} non-blank rows. */
  public Preview preview(InputStream in, int maxRows) {
    Optional<Upload> opened = open(in);
    if (opened.isEmpty()) {
      return new Preview(ColumnMapping.detect(List.of(), explicitMapping), List.of());
    }
    Upload upload = opened.get();
    List<List<String>> rows = new ArrayList<>();
    Iterator<CSVRecord> records = upload.records();
    while (rows.size() < maxRows && nextOrReport(upload, records, problem -> {})) {
      CSVRecord record = records.next();
      int line = upload.scanner().nextRecordLine();
      List<String> cells = record.toList();
      if (!cells.stream().allMatch(String::isBlank)) {
        checkLengths(line, cells, upload.mapping());
        rows.add(cells);
      }
    }
    return new Preview(upload.mapping(), rows);
  }

  private Optional<Upload> open(InputStream in) {
    PushbackReader text =
        new PushbackReader(new StrictUtf8Reader(new ByteBudgetStream(in, limits.maxBytes())), 1);
    try {
      return HeaderLine.locate(text, RecordScanner.maxRecordChars(limits.maxFieldLength()))
          .map(header -> Upload.open(text, header, explicitMapping, limits.maxFieldLength()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether another record follows. Broken quoting ends the reading with a problem on the line
   * where the broken record starts; commons-csv cannot resume after it.
   */
  private static boolean nextOrReport(
      Upload upload, Iterator<CSVRecord> records, Consumer<RowProblem> problems) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException)) {
        throw e;
      }
      int line = upload.scanner().nextRecordLine();
      problems.accept(
          new RowProblem(
              line,
              null,
              "",
              upload.scanner().endedInsideQuotes()
                  ? "a quote opened in the row starting on line "
                      + line
                      + " is never closed — close it with \" or remove it; nothing after it was"
                      + " read"
                  : "broken quoting in the row starting on line "
                      + line
                      + " — a quoted value must end with \" right before the delimiter, and a \""
                      + " inside it must be doubled (\"\"); nothing after it was read"));
      return false;
    }
  }

  private void checkLengths(int line, List<String> cells, ColumnMapping mapping) {
    for (int column = 0; column < cells.size(); column++) {
      int length = cells.get(column).length();
      if (length > limits.maxFieldLength()) {
        String header = column < mapping.headers().size() ? mapping.headers().get(column) : null;
        throw new CsvLimitExceeded(
            CsvLimitExceeded.Kind.FIELD,
            (header == null ? "a value" : "'" + header + "'")
                + " in the row starting on line "
                + line
                + " is "
                + Sizes.count(length)
                + " characters long — at most "
                + Sizes.count(limits.maxFieldLength())
                + " are accepted");
      }
    }
  }

  /** An upload opened up to its header: the mapping and the parser positioned on the data. */
  private record Upload(
      HeaderLine header, ColumnMapping mapping, RecordScanner scanner, CSVParser parser) {

    static Upload open(
        PushbackReader text,
        HeaderLine header,
        Map<String, ContactField> explicit,
        int maxFieldLength) {
      RecordScanner scanner =
          new RecordScanner(text, header.delimiter(), header.line() + 1, maxFieldLength);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(header.delimiter())
              .setIgnoreEmptyLines(false)
              .get();
      try {
        return new Upload(
            header,
            ColumnMapping.detect(header.cells(), explicit),
            scanner,
            CSVParser.parse(scanner, format));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Iterator<CSVRecord> records() {
      return parser.iterator();
    }
  }
}
