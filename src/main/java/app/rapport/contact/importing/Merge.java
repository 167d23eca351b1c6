package app.rapport.contact.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link MergeStatements} on the staged rows of one import, inside its transaction. */
final class Merge {

  /**
   * Memory for the sorts and hashes of this transaction only (SET LOCAL): picking the last row per
   * person in a million-row file sorts hundreds of megabytes, which 4 MB (the default) spills.
   */
  private static final String WORK_MEM = "set local work_mem = '64MB'";

  private final Connection connection;
  private final long ownerId;
  private final long importId;
  private final String fileName;
  private final Timestamp now;
  private final boolean repeatedPeople;
  private final int distinctRows;
  private final int newRows;

  /** People already among the owner's contacts; known after {@link #contacts()}. */
  private int knownRows;

  /**
   * Builds {@code import_rows}: one row per person, with the id of its contact (known or new).
   *
   * @param repeatedPeople whether the file may name one person on several rows
   */
  Merge(
      Connection connection,
      long ownerId,
      long importId,
      String fileName,
      Instant now,
      boolean repeatedPeople)
      throws SQLException {
    this.connection = connection;
    this.ownerId = ownerId;
    this.importId = importId;
    this.fileName = fileName;
    this.now = Timestamp.from(now);
    this.repeatedPeople = repeatedPeople;
    try (Statement statement = connection.createStatement()) {
      statement.execute(WORK_MEM);
      if (repeatedPeople) {
        // picking the last row per person and re-joining for the hooks need the statistics of a
        // fresh temp table; one row per person is a plain scan and outer join, which do not
        statement.execute("analyze import_stage");
      }
      String sequence = contactIdSequence(statement);
      String rows = repeatedPeople ? MergeStatements.ROWS_OF_REPEATED_PEOPLE : MergeStatements.ROWS;
      statement.execute(rows.formatted(ownerId, sequence));
      if (repeatedPeople) {
        statement.execute("analyze import_rows");
      }
      try (ResultSet counts = statement.executeQuery(MergeStatements.COUNT_ROWS)) {
        counts.next();
        distinctRows = counts.getInt(1);
        newRows = counts.getInt(2);
      }
    }
  }

  /** Returns {created, updated}. */
  int[] contacts() throws SQLException {
    int inserted = newRows == 0 ? 0 : insertNewContacts();
    knownRows = distinctRows - inserted;
    if (knownRows == 0) {
      return new int[] {inserted, 0}; // a file of new people: no need to scan import_rows again
    }
    try (PreparedStatement upsert = connection.prepareStatement(MergeStatements.KNOWN_CONTACTS)) {
      contactParameters(upsert);
      try (ResultSet counts = upsert.executeQuery()) {
        counts.next();
        return new int[] {inserted + counts.getInt(1), counts.getInt(2)};
      }
    }
  }

  void members(long listId) throws SQLException {
    for (String sql : statements(MergeStatements.NEW_MEMBERS, MergeStatements.KNOWN_MEMBERS)) {
      try (PreparedStatement members = connection.prepareStatement(sql)) {
        members.setLong(1, listId);
        members.setLong(2, importId);
        members.setTimestamp(3, now);
        members.executeUpdate();
      }
    }
  }

  void hooks() throws SQLException {
    List<String> statements =
        repeatedPeople
            ? List.of(MergeStatements.HOOKS_OF_REPEATED_PEOPLE)
            : statements(MergeStatements.NEW_HOOKS, MergeStatements.KNOWN_HOOKS);
    for (String sql : statements) {
      try (PreparedStatement hooks = connection.prepareStatement(sql)) {
        hooks.setLong(1, ownerId);
        hooks.setTimestamp(2, now);
        hooks.executeUpdate();
      }
    }
  }

  private int insertNewContacts() throws SQLException {
    int inserted;
    try (PreparedStatement insert = connection.prepareStatement(MergeStatements.NEW_CONTACTS)) {
      contactParameters(insert);
      inserted = insert.executeUpdate();
    }
    if (inserted != newRows) {
      // another transaction created some of these people since import_rows was built
      try (PreparedStatement adopt =
          connection.prepareStatement(MergeStatements.ADOPT_CONCURRENT)) {
        adopt.setLong(1, ownerId);
        adopt.executeUpdate();
      }
    }
    return inserted;
  }

  /** The statements for new and for known people, leaving out a side with nobody on it. */
  private List<String> statements(String forNew, String forKnown) {
    List<String> statements = new ArrayList<>(2);
    if (distinctRows - knownRows > 0) {
      statements.add(forNew);
    }
    if (knownRows > 0) {
      statements.add(forKnown);
    }
    return statements;
  }

  int suppressed() throws SQLException {
    try (PreparedStatement any = connection.prepareStatement(MergeStatements.ANY_SUPPRESSION)) {
      any.setLong(1, ownerId);
      try (ResultSet result = any.executeQuery()) {
        result.next();
        if (!result.getBoolean(1)) {
          return 0;
        }
      }
    }
    try (PreparedStatement query = connection.prepareStatement(MergeStatements.SUPPRESSED)) {
      query.setLong(1, ownerId);
      try (ResultSet count = query.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    }
  }

  int distinctRows() {
    return distinctRows;
  }

  private void contactParameters(PreparedStatement statement) throws SQLException {
    statement.setLong(1, ownerId);
    statement.setLong(2, importId);
    statement.setString(3, fileName);
    statement.setTimestamp(4, now);
    statement.setTimestamp(5, now);
  }

  /** The identity sequence of contact.id, as a quoted literal for {@code nextval}. */
  private static String contactIdSequence(Statement statement) throws SQLException {
    try (ResultSet name =
        statement.executeQuery("select quote_literal(pg_get_serial_sequence('contact', 'id'))")) {
      name.next();
      return name.getString(1);
    }
  }
}
