package app.rapport.contact.csv;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
 * as a {@link RowProblem} with a null column and ends the reading. Duplicate contacts within the
 * file are passed on as they are. The input stream is not closed.
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
    Optional<UploadRecords> opened = UploadRecords.open(in, limits, explicitMapping);
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
    UploadRecords upload = opened.get();
    List<RowProblem> headerProblems =
        new HeaderCheck(upload.mapping(), explicitMapping).problems(upload.header().line());
    headerProblems.forEach(problems);
    if (headerProblems.stream().anyMatch(problem -> problem.column() == null)) {
      return upload.mapping();
    }
    RowValidation validation = new RowValidation(upload.mapping());
    for (Optional<UploadRecords.Record> record = upload.next(problems);
        record.isPresent();
        record = upload.next(problems)) {
      validation.validate(record.get().line(), record.get().cells(), problems).ifPresent(rows);
    }
    return upload.mapping();
  }

  /**
   * The mapping and the raw cells of the first {@code maxRows} non-blank rows, unvalidated. Limits
   * and encoding are enforced on what is read; broken quoting just ends the preview.
   */
  public Preview preview(InputStream in, int maxRows) {
    Optional<UploadRecords> opened = UploadRecords.open(in, limits, explicitMapping);
    if (opened.isEmpty()) {
      return new Preview(ColumnMapping.detect(List.of(), explicitMapping), List.of());
    }
    UploadRecords upload = opened.get();
    List<List<String>> rows = new ArrayList<>();
    while (rows.size() < maxRows) {
      Optional<UploadRecords.Record> record = upload.next(problem -> {});
      if (record.isEmpty()) {
        break;
      }
      rows.add(record.get().cells());
    }
    return new Preview(upload.mapping(), rows);
  }
}
