package app.rapport.contact.importing;

import app.rapport.contact.csv.ContactRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams validated rows into a temporary staging table with PostgreSQL {@code COPY}, in chunks, so
 * an import of a million rows never sits in the heap. The table lives and dies with the import's
 * transaction.
 */
final class StagingWriter implements AutoCloseable {

  static final String TABLE =
      """
      create temp table import_stage (
          line integer, first_name text, last_name text, email text, profile_url text,
          dedupe_key text, company text, title text, time_zone text, relationship text,
          tags text, notes text, hook_type text, hook_title text, hook_url text,
          hook_date date, hook_note text, hook_key text, profile_key text
      ) on commit drop
      """;

  private static final int CHUNK = 256 * 1024;

  private final CopyIn copy;
  private final StagingRows chunk = new StagingRows(CHUNK + 4096);

  StagingWriter(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(TABLE);
    }
    copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy import_stage from stdin with (format csv)");
  }

  void write(ContactRow row) {
    chunk.append(row);
    if (chunk.length() >= CHUNK) {
      flush();
    }
  }

  int rows() {
    return chunk.rows();
  }

  /** True when the file may name one person on two rows (false: every dedupe key is distinct). */
  boolean mayRepeatPeople() {
    return chunk.mayRepeatPeople();
  }

  /** Ends the COPY; the staged rows are then visible to the rest of the transaction. */
  void finish() {
    flush();
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into the staging table failed", e);
    }
  }

  @Override
  public void close() {
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        // the transaction is being rolled back anyway
      }
    }
  }

  private void flush() {
    if (chunk.length() == 0) {
      return;
    }
    byte[] bytes = chunk.text().toString().getBytes(StandardCharsets.UTF_8);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("COPY into the staging table failed", e));
    }
    chunk.clear();
  }
}
