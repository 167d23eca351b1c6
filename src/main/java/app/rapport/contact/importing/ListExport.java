package app.rapport.contact.importing;

import app.rapport.contact.Lists;
import app.rapport.contact.csv.ContactCsvWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a list's contacts as CSV, in the same columns the importer reads, streaming from a
 * database cursor. Every cell goes through the formula-injection guard of {@link ContactCsvWriter}.
 */
@ApplicationScoped
public class ListExport {

  static final List<String> HEADER =
      List.of(
          "First Name",
          "Last Name",
          "Email",
          "Profile URL",
          "Company",
          "Title",
          "Time Zone",
          "Relationship",
          "Tags",
          "Notes",
          "Context Type",
          "Context Title",
          "Context URL",
          "Context Date",
          "Context Note");

  private static final String QUERY =
      """
      select c.first_name, c.last_name, c.email, c.profile_url, c.company, c.title, c.time_zone,
             c.relationship, array_to_string(c.tags, ';'), c.notes,
             h.type, h.title, h.url, h.published_on::text, h.note
      from list_member m
      join contact c on c.id = m.contact_id and c.owner_id = ?
      left join lateral (select * from context_hook k where k.contact_id = c.id
                         order by k.published_on desc nulls last, k.id desc limit 1) h on true
      where m.list_id = ?
      order by c.id
      """;

  private final AgroalDataSource dataSource;
  private final Lists lists;

  public ListExport(AgroalDataSource dataSource, Lists lists) {
    this.dataSource = dataSource;
    this.lists = lists;
  }

  /** Checks the list is the owner's (404 otherwise) before anything is streamed. */
  public String fileName(long ownerId, long listId) {
    String name = QuarkusTransaction.requiringNew().call(() -> lists.owned(ownerId, listId).name);
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return (safe.isEmpty() ? "list-" + listId : safe) + ".csv";
  }

  public void write(long ownerId, long listId, OutputStream out) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              try (Connection c = dataSource.getConnection();
                  PreparedStatement query = c.prepareStatement(QUERY)) {
                query.setFetchSize(1000);
                query.setLong(1, ownerId);
                query.setLong(2, listId);
                ContactCsvWriter csv = new ContactCsvWriter(writer, HEADER);
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    List<String> cells = new ArrayList<>(HEADER.size());
                    for (int i = 1; i <= HEADER.size(); i++) {
                      cells.add(rows.getString(i));
                    }
                    csv.row(cells);
                  }
                }
                csv.flush();
              } catch (SQLException e) {
                throw new IllegalStateException("export of list " + listId + " failed", e);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
