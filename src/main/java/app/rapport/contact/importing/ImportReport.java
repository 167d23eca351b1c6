package app.rapport.contact.importing;

import app.rapport.contact.csv.RowProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an import did, or why it was refused: counts and every problem by line and column. */
public record ImportReport(
    long id,
    Long listId,
    String fileName,
    ImportMode mode,
    Status status,
    int rowsRead,
    int created,
    int updated,
    int unchanged,
    int skipped,
    int suppressed,
    int problemCount,
    List<RowProblem> problems,
    Map<String, String> mapping,
    Instant createdAt) {

  public enum Status {
    IMPORTED,
    REFUSED
  }

  /** At most this many problems are kept with the report; the count stays exact. */
  public static final int KEPT_PROBLEMS = 1000;
}
