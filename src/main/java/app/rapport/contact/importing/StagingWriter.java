package app.rapport.contact.importing;

import app.rapport.contact.ContactKeys;
import app.rapport.contact.ContextHook;
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
          hook_date date, hook_note text, hook_key text
      ) on commit drop
      """;

  private static final int CHUNK = 256 * 1024;
  private static final char TAG_SEPARATOR = '\u001f';

  private final CopyIn copy;
  private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);
  private final KeyFingerprints keys = new KeyFingerprints();
  private int rows;

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
    field(Integer.toString(row.line()), false);
    field(row.firstName(), true);
    field(row.lastName(), true);
    field(row.email(), true);
    field(row.profileUrl(), true);
    String dedupeKey = ContactKeys.dedupeKey(row.email(), row.profileUrl());
    if (dedupeKey != null) {
      keys.add(dedupeKey);
    }
    field(dedupeKey, true);
    field(row.company(), true);
    field(row.title(), true);
    field(row.timeZone(), true);
    field(row.relationship() == null ? null : row.relationship().name(), true);
    field(
        row.tags() == null || row.tags().isEmpty()
            ? null
            : String.join(String.valueOf(TAG_SEPARATOR), row.tags()),
        true);
    field(row.notes(), true);
    var hook = row.hook();
    field(hook == null ? null : hook.type().name(), true);
    field(hook == null ? null : hook.title(), true);
    field(hook == null ? null : hook.url(), true);
    field(hook == null || hook.publishedOn() == null ? null : hook.publishedOn().toString(), true);
    field(hook == null ? null : hook.note(), true);
    // the hook's key is hashed here, while PostgreSQL is busy with the COPY, not in the merge
    field(hook == null ? null : ContextHook.keyOf(hook.type(), hook.title(), hook.url()), false);
    chunk.setCharAt(chunk.length() - 1, '\n');
    rows++;
    if (chunk.length() >= CHUNK) {
      flush();
    }
  }

  int rows() {
    return rows;
  }

  /** True when the file may name one person on two rows (false: every dedupe key is distinct). */
  boolean mayRepeatPeople() {
    return keys.repeated();
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

  /** CSV for COPY: a missing value is an unquoted empty field (NULL); text is always quoted. */
  private void field(String value, boolean quote) {
    if (value != null) {
      if (quote) {
        chunk.append('"');
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c == '"') {
            chunk.append('"');
          }
          chunk.append(c);
        }
        chunk.append('"');
      } else {
        chunk.append(value);
      }
    }
    chunk.append(',');
  }

  private void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("COPY into the staging table failed", e));
    }
    chunk.setLength(0);
  }
}
