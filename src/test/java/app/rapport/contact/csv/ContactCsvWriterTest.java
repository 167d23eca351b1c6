package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCsvWriterTest {

  @Test
  void neutralises_a_cell_starting_with_equals() {
    assertThat(CsvCells.neutralise("=HYPERLINK(\"https://evil.example\")"))
        .isEqualTo("'=HYPERLINK(\"https://evil.example\")");
  }

  @Test
  void neutralises_a_cell_starting_with_plus() {
    assertThat(CsvCells.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
  }

  @Test
  void neutralises_a_cell_starting_with_minus() {
    assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
  }

  @Test
  void neutralises_a_cell_starting_with_at() {
    assertThat(CsvCells.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
  }

  @Test
  void neutralises_a_cell_starting_with_tab() {
    assertThat(CsvCells.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
  }

  @Test
  void neutralises_a_cell_starting_with_carriage_return() {
    assertThat(CsvCells.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
  }

  @Test
  void leaves_ordinary_cells_and_later_formula_characters_alone() {
    assertThat(CsvCells.neutralise("Ada Lovelace")).isEqualTo("Ada Lovelace");
    assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.neutralise("")).isEmpty();
    assertThat(CsvCells.neutralise(null)).isEmpty();
  }

  @Test
  void writes_header_and_rows_quoted_with_crlf_and_every_cell_neutralised() throws IOException {
    StringWriter out = new StringWriter();
    try (ContactCsvWriter writer = new ContactCsvWriter(out, List.of("Name", "=Company"))) {
      writer.row(List.of("Ada \"Countess\" Lovelace", "=cmd|' /C calc'!A0"));
      writer.row(Arrays.asList("@bob", null));
    }

    assertThat(out.toString())
        .isEqualTo(
            "\"Name\",\"'=Company\"\r\n"
                + "\"Ada \"\"Countess\"\" Lovelace\",\"'=cmd|' /C calc'!A0\"\r\n"
                + "\"'@bob\",\"\"\r\n");
  }

  @Test
  void an_exported_file_reads_back_with_the_neutralised_values() throws IOException {
    StringWriter out = new StringWriter();
    try (ContactCsvWriter writer =
        new ContactCsvWriter(out, List.of("First Name", "Email", "Company"))) {
      writer.row(List.of("Ada", "ada@example.com", "-Engines, Ltd"));
    }

    Uploads.Result result = Uploads.read(out.toString());

    assertThat(result.rows()).extracting(ContactRow::company).containsExactly("'-Engines, Ltd");
  }

  @Test
  void refuses_a_row_whose_width_differs_from_the_header() {
    ContactCsvWriter writer = new ContactCsvWriter(new StringWriter(), List.of("A", "B"));

    assertThatThrownBy(() -> writer.row(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
