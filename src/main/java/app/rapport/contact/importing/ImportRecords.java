package app.rapport.contact.importing;

import app.rapport.contact.csv.RowProblem;
import app.rapport.platform.problem.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code contact_import} table: each import with its report, refused ones included. */
@ApplicationScoped
public class ImportRecords {

  private static final String COLUMNS =
      "id, list_id, file_name, mode, status, rows_read, created, updated, unchanged, skipped,"
          + " suppressed, problem_count, problems, mapping, created_at";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public ImportRecords(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  long insertPending(ContactImporter.Request request, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into contact_import (owner_id, list_id, file_name, mode, status, created_at)"
                    + " values (?, ?, ?, ?, 'IMPORTED', ?) returning id")) {
      insert.setLong(1, request.ownerId());
      insert.setLong(2, request.listId());
      insert.setString(3, request.fileName());
      insert.setString(4, request.mode().name());
      insert.setTimestamp(5, Timestamp.from(now));
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  ImportReport complete(
      long id, ContactImporter.Request request, ContactImporter.Outcome outcome, Instant now)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update contact_import set rows_read = ?, created = ?, updated = ?, unchanged = ?,"
                    + " skipped = ?, suppressed = ?, problem_count = ?, problems = ?::jsonb,"
                    + " mapping = ?::jsonb where id = ?")) {
      bindCounts(update, outcome);
      update.setLong(10, id);
      update.executeUpdate();
    }
    return report(id, request, ImportReport.Status.IMPORTED, outcome, now);
  }

  ImportReport insert(
      ContactImporter.Request request,
      ImportReport.Status status,
      ContactImporter.Outcome outcome,
      Instant now)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into contact_import (rows_read, created, updated, unchanged, skipped, suppressed,"
                    + " problem_count, problems, mapping, owner_id, list_id, file_name, mode, status, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?) returning id")) {
      bindCounts(insert, outcome);
      insert.setLong(10, request.ownerId());
      insert.setLong(11, request.listId());
      insert.setString(12, request.fileName());
      insert.setString(13, request.mode().name());
      insert.setString(14, status.name());
      insert.setTimestamp(15, Timestamp.from(now));
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return report(id.getLong(1), request, status, outcome, now);
      }
    }
  }

  @Transactional
  public ImportReport find(long ownerId, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select " + COLUMNS + " from contact_import where id = ? and owner_id = ?")) {
      query.setLong(1, id);
      query.setLong(2, ownerId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new ApiError.NotFound("Import", id);
        }
        return read(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional
  public List<ImportReport> recent(long ownerId, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select "
                    + COLUMNS
                    + " from contact_import where owner_id = ? order by id desc limit ?")) {
      query.setLong(1, ownerId);
      query.setInt(2, limit);
      List<ImportReport> reports = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          reports.add(read(row));
        }
      }
      return reports;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void bindCounts(PreparedStatement statement, ContactImporter.Outcome o)
      throws SQLException {
    statement.setInt(1, o.rowsRead());
    statement.setInt(2, o.created());
    statement.setInt(3, o.updated());
    statement.setInt(4, o.unchanged());
    statement.setInt(5, o.skipped());
    statement.setInt(6, o.suppressed());
    statement.setInt(7, o.problemCount());
    statement.setString(8, write(o.problems()));
    statement.setString(9, write(o.mapping()));
  }

  private ImportReport report(
      long id,
      ContactImporter.Request request,
      ImportReport.Status status,
      ContactImporter.Outcome o,
      Instant now) {
    return new ImportReport(
        id,
        request.listId(),
        request.fileName(),
        request.mode(),
        status,
        o.rowsRead(),
        o.created(),
        o.updated(),
        o.unchanged(),
        o.skipped(),
        o.suppressed(),
        o.problemCount(),
        o.problems(),
        o.mapping(),
        now);
  }

  private ImportReport read(ResultSet row) throws SQLException {
    try {
      return new ImportReport(
          row.getLong("id"),
          (Long) row.getObject("list_id"),
          row.getString("file_name"),
          ImportMode.valueOf(row.getString("mode")),
          ImportReport.Status.valueOf(row.getString("status")),
          row.getInt("rows_read"),
          row.getInt("created"),
          row.getInt("updated"),
          row.getInt("unchanged"),
          row.getInt("skipped"),
          row.getInt("suppressed"),
          row.getInt("problem_count"),
          json.readValue(row.getString("problems"), new TypeReference<List<RowProblem>>() {}),
          json.readValue(row.getString("mapping"), new TypeReference<Map<String, String>>() {}),
          row.getTimestamp("created_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable import report " + row.getLong("id"), e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
