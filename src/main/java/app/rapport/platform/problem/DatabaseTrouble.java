package app.rapport.platform.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a database failure means to the caller, read from its SQLSTATE: some are not our bug but a
 * moment (the database restarting, two transactions colliding) and deserve "try again" rather than
 * a 500. Anything else stays unexpected.
 */
public enum DatabaseTrouble {
  /** The database cannot be reached or is shutting down (class 08, 57P01–57P03). */
  UNAVAILABLE(
      503,
      "Database unavailable",
      "The database is not reachable right now. Try again in a few seconds."),
  /** A deadlock or a serialization failure: another transaction won (40001, 40P01). */
  COLLISION(
      503, "Try again", "Another change to the same data happened at the same moment. Try again."),
  /** A row this request refers to was deleted while it ran (23503). */
  VANISHED(
      409,
      "Changed meanwhile",
      "Something this request refers to was deleted while it ran. Reload and try again.");

  private final int status;
  private final String title;
  private final String detail;

  DatabaseTrouble(int status, String title, String detail) {
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /** The trouble behind {@code failure}, from the first SQLException in its causes that has one. */
  public static Optional<DatabaseTrouble> of(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          Optional<DatabaseTrouble> trouble = ofState(e.getSQLState());
          if (trouble.isPresent()) {
            return trouble;
          }
        }
      }
    }
    return Optional.empty();
  }

  static Optional<DatabaseTrouble> ofState(String state) {
    if (state == null) {
      return Optional.empty();
    }
    if (state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03")) {
      return Optional.of(UNAVAILABLE);
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return Optional.of(COLLISION);
    }
    if (state.equals("23503")) {
      return Optional.of(VANISHED);
    }
    return Optional.empty();
  }
}
