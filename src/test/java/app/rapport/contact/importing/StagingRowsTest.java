package app.rapport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contact.ContactKeys;
import app.rapport.contact.ContextHook;
import app.rapport.contact.csv.ContactRow;
import app.rapport.contact.csv.ContextHookRow;
import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class StagingRowsTest {

  private static ContactRow ada() {
    return new ContactRow(
        7,
        "Ada",
        "Lovelace",
        "ada@example.org",
        "Analytical \"Engines\", Ltd",
        null,
        "https://www.linkedin.com/in/ada",
        "Europe/London",
        Relationship.PEER,
        List.of("maths", "poetry"),
        "line one\nline two",
        new ContextHookRow(
            ContextType.TALK, "Notes on the engine", null, LocalDate.of(1843, 9, 1), null));
  }

  @Test
  void writes_one_csv_line_per_row_in_the_staging_table_order_with_nulls_unquoted()
      throws Exception {
    StagingRows rows = new StagingRows(64);
    rows.append(ada());

    List<String> cells = parse(rows.text());
    assertThat(cells)
        .containsExactly(
            "7",
            "Ada",
            "Lovelace",
            "ada@example.org",
            "https://www.linkedin.com/in/ada",
            ContactKeys.dedupeKey("ada@example.org", null),
            "Analytical \"Engines\", Ltd",
            "",
            "Europe/London",
            "PEER",
            "maths\u001fpoetry",
            "line one\nline two",
            "TALK",
            "Notes on the engine",
            "",
            "1843-09-01",
            "",
            ContextHook.keyOf(ContextType.TALK, "Notes on the engine", null),
            "u:linkedin.com/in/ada");
    // COPY ... (format csv) reads an unquoted empty field as NULL and a quoted one as ''
    assertThat(rows.text().toString()).contains(",\"Europe/London\"").contains("\"1843-09-01\",,");
    assertThat(rows.text().toString()).endsWith("\n").doesNotEndWith(",\n");
  }

  @Test
  void counts_rows_across_clears_and_notices_a_person_named_twice() {
    StagingRows rows = new StagingRows(64);
    rows.append(ada());
    rows.clear();
    assertThat(rows.length()).isZero();
    assertThat(rows.mayRepeatPeople()).isFalse();

    rows.append(ada());
    assertThat(rows.rows()).isEqualTo(2);
    assertThat(rows.mayRepeatPeople()).isTrue();
  }

  private static List<String> parse(CharSequence text) throws IOException {
    List<CSVRecord> records =
        CSVFormat.RFC4180.parse(new StringReader(text.toString())).getRecords();
    assertThat(records).hasSize(1);
    return records.get(0).toList();
  }
}
