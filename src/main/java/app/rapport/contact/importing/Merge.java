package app.rapport.contact.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** Runs {@link MergeStatements} on the staged rows of one import, inside its transaction. */
final class Merge {

  private final Connection connection;
  private final long ownerId;
  private final long importId;
  private final String fileName;
  private final Timestamp now;

  Merge(Connection connection, long ownerId, long importId, String fileName, Instant now)
      throws SQLException {
    this.connection = connection;
    this.ownerId = ownerId;
    this.importId = importId;
    this.fileName = fileName;
    this.now = Timestamp.from(now);
    try (Statement statement = connection.createStatement()) {
      statement.execute(MergeStatements.DEDUPE);
      // the planner knows nothing of a fresh temp table; without statistics it guesses badly
      statement.execute("analyze import_rows");
      statement.execute("analyze import_stage");
    }
  }

  /** Returns {created, updated}. */
  int[] contacts() throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(MergeStatements.UPSERT)) {
      upsert.setLong(1, ownerId);
      upsert.setLong(2, importId);
      upsert.setString(3, fileName);
      upsert.setTimestamp(4, now);
      upsert.setTimestamp(5, now);
      try (ResultSet counts = upsert.executeQuery()) {
        counts.next();
        return new int[] {counts.getInt(1), counts.getInt(2)};
      }
    }
  }

  void members(long listId) throws SQLException {
    try (PreparedStatement members = connection.prepareStatement(MergeStatements.MEMBERS)) {
      members.setLong(1, listId);
      members.setLong(2, importId);
      members.setTimestamp(3, now);
      members.setLong(4, ownerId);
      members.executeUpdate();
    }
  }

  void hooks() throws SQLException {
    try (PreparedStatement hooks = connection.prepareStatement(MergeStatements.HOOKS)) {
      hooks.setLong(1, ownerId);
      hooks.setTimestamp(2, now);
      hooks.setLong(3, ownerId);
      hooks.executeUpdate();
    }
  }

  int suppressed() throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(MergeStatements.SUPPRESSED)) {
      query.setLong(1, ownerId);
      try (ResultSet count = query.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    }
  }

  int distinctRows() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from import_rows")) {
      count.next();
      return count.getInt(1);
    }
  }
}
