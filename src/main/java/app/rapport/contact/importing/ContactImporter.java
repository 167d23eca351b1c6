package app.rapport.contact.importing;

import app.rapport.contact.Lists;
import app.rapport.contact.csv.ColumnMapping;
import app.rapport.contact.csv.ContactCsvReader;
import app.rapport.contact.csv.ContactField;
import app.rapport.contact.csv.CsvLimitExceeded;
import app.rapport.contact.csv.ImportLimits;
import app.rapport.contact.csv.InvalidEncoding;
import app.rapport.contact.csv.RowProblem;
import app.rapport.platform.problem.ApiError;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports a CSV into a list: streams and validates every row into a staging table, then merges it
 * with set-based SQL — all in one transaction. In all-or-nothing mode one bad row rolls the whole
 * file back; either way the import and its report are recorded.
 */
@ApplicationScoped
public class ContactImporter {

  private static final int IMPORT_TIMEOUT_SECONDS = 3600;

  private final AgroalDataSource dataSource;
  private final Lists lists;
  private final ImportRecords records;
  private final ImportSettings settings;
  private final Clock clock;

  public ContactImporter(
      AgroalDataSource dataSource,
      Lists lists,
      ImportRecords records,
      ImportSettings settings,
      Clock clock) {
    this.dataSource = dataSource;
    this.lists = lists;
    this.records = records;
    this.settings = settings;
    this.clock = clock;
  }

  public record Request(
      long ownerId,
      long listId,
      String fileName,
      ImportMode mode,
      Map<String, ContactField> mapping) {}

  /** Thrown inside the import transaction to roll it back; carries what the report needs. */
  private static final class Refusal extends RuntimeException {
    private final transient Outcome outcome;
    private final transient ApiError error;

    Refusal(Outcome outcome, ApiError error) {
      super(null, null, false, false);
      this.outcome = outcome;
      this.error = error;
    }
  }

  /** Counts gathered while importing. */
  record Outcome(
      int rowsRead,
      int created,
      int updated,
      int unchanged,
      int skipped,
      int suppressed,
      int problemCount,
      List<RowProblem> problems,
      Map<String, String> mapping) {}

  public ImportReport importCsv(Request request, InputStream csv) {
    QuarkusTransaction.requiringNew().run(() -> lists.owned(request.ownerId(), request.listId()));
    Instant now = clock.instant();
    try {
      // a million rows take minutes: the default 60 s transaction timeout would roll them back
      return QuarkusTransaction.requiringNew()
          .timeout(IMPORT_TIMEOUT_SECONDS)
          .call(() -> importInTransaction(request, csv, now));
    } catch (Refusal refusal) {
      ImportReport report =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> records.insert(request, ImportReport.Status.REFUSED, refusal.outcome, now));
      throw refusal.error == null ? refusedError(report) : withReport(refusal.error, report);
    }
  }

  private ImportReport importInTransaction(Request request, InputStream csv, Instant now)
      throws SQLException {
    long importId = records.insertPending(request, now);
    ProblemLog problems = new ProblemLog();
    ColumnMapping mapping;
    int staged;
    try (Connection connection = dataSource.getConnection();
        StagingWriter staging = new StagingWriter(connection)) {
      ContactCsvReader reader =
          new ContactCsvReader(
              new ImportLimits(settings.maxBytes(), settings.maxRows(), settings.maxFieldLength()),
              request.mapping());
      try {
        mapping = reader.read(csv, staging::write, problems::add);
      } catch (CsvLimitExceeded e) {
        ApiError error =
            e.kind() == CsvLimitExceeded.Kind.FIELD
                ? new ApiError.Invalid(e.getMessage())
                : new ApiError.TooLarge(e.getMessage());
        throw new Refusal(problems.outcome(staging.rows(), 0, 0, 0, 0, 0, Map.of()), error);
      } catch (InvalidEncoding e) {
        problems.add(new RowProblem(e.line(), null, null, e.getMessage()));
        throw new Refusal(problems.outcome(staging.rows(), 0, 0, 0, 0, 0, Map.of()), null);
      }
      staging.finish();
      staged = staging.rows();
      Map<String, String> mappingView = describe(mapping);
      if (problems.count() > 0 && request.mode() == ImportMode.ALL_OR_NOTHING) {
        throw new Refusal(
            problems.outcome(staged + problems.rowsWithProblems(), 0, 0, 0, 0, 0, mappingView),
            null);
      }
      Merge merge =
          new Merge(
              connection,
              request.ownerId(),
              importId,
              request.fileName(),
              now,
              staging.mayRepeatPeople());
      int[] counts = merge.contacts();
      merge.members(request.listId());
      merge.hooks();
      int suppressed = merge.suppressed();
      int distinct = merge.distinctRows();
      Outcome outcome =
          problems.outcome(
              staged + problems.rowsWithProblems(),
              counts[0],
              counts[1],
              distinct - counts[0] - counts[1],
              problems.rowsWithProblems(),
              suppressed,
              mappingView);
      return records.complete(importId, request, outcome, now);
    }
  }

  private static Map<String, String> describe(ColumnMapping mapping) {
    Map<String, String> view = new java.util.LinkedHashMap<>();
    mapping
        .byColumn()
        .forEach((column, field) -> view.put(mapping.headers().get(column), field.name()));
    return view;
  }

  private static ApiError refusedError(ImportReport report) {
    return new ApiError.Invalid(
        "Nothing was imported: "
            + report.problemCount()
            + " problem(s) in the file. Fix them, or import with onError=skip to write the valid rows.",
        Map.of("importId", report.id(), "problems", report.problems()));
  }

  private static ApiError withReport(ApiError error, ImportReport report) {
    return switch (error) {
      case ApiError.TooLarge t ->
          new ApiError.TooLarge(
              t.getMessage() + " Nothing was imported (import " + report.id() + ").");
      default ->
          new ApiError.Invalid(
              error.getMessage() + " Nothing was imported.",
              Map.of("importId", report.id(), "problems", report.problems()));
    };
  }

  /** Collects problems: every one is counted, the first {@link ImportReport#KEPT_PROBLEMS} kept. */
  private static final class ProblemLog {
    private final List<RowProblem> kept = new ArrayList<>();
    private final java.util.BitSet lines = new java.util.BitSet();
    private int count;

    void add(RowProblem problem) {
      count++;
      if (problem.line() > 0) {
        lines.set(problem.line());
      }
      if (kept.size() < ImportReport.KEPT_PROBLEMS) {
        kept.add(problem);
      }
    }

    int count() {
      return count;
    }

    int rowsWithProblems() {
      return lines.cardinality();
    }

    Outcome outcome(
        int read,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int suppressed,
        Map<String, String> mapping) {
      return new Outcome(
          read,
          created,
          updated,
          unchanged,
          skipped,
          suppressed,
          count,
          List.copyOf(kept),
          mapping);
    }
  }
}
