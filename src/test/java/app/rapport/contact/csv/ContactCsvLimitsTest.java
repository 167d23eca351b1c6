package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCsvLimitsTest {

  private static final String HEADER = "First Name,Email,Notes\n";

  private static ContactCsvReader reader(ImportLimits limits) {
    return new ContactCsvReader(limits, Map.of());
  }

  private static String rows(int count) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      csv.append("P").append(i).append(",p").append(i).append("@example.com,\n");
    }
    return csv.toString();
  }

  @Test
  void defaults_are_200_mib_a_million_rows_and_4096_characters() {
    assertThat(ImportLimits.defaults()).isEqualTo(new ImportLimits(200L << 20, 1_000_000, 4_096));
  }

  @Test
  void accepts_exactly_the_maximum_number_of_rows_blank_lines_not_counted() {
    Uploads.Result result =
        Uploads.read(rows(3) + "\n\n", new ImportLimits(1 << 20, 3, 100), Map.of());

    assertThat(result.rows()).hasSize(3);
  }

  @Test
  void refuses_one_row_over_the_maximum() {
    assertThatThrownBy(() -> Uploads.read(rows(4), new ImportLimits(1 << 20, 3, 100), Map.of()))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.ROWS))
        .hasMessage("the file has more than 3 rows — split it and upload the parts");
  }

  @Test
  void refuses_an_upload_over_the_byte_limit_while_reading_it() {
    GeneratedUpload upload =
        new GeneratedUpload(HEADER + "Ada,ada@example.com,", 'x', 50_000, "\n");

    assertThatThrownBy(
            () ->
                reader(new ImportLimits(10_000, 1_000, 100_000))
                    .read(upload, row -> {}, problem -> {}))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.BYTES))
        .hasMessageStartingWith("the file is larger than 10,000 bytes");
    assertThat(upload.bytesRead()).isLessThanOrEqualTo(10_000 + 8_192);
  }

  @Test
  void refuses_a_one_megabyte_field_after_reading_only_a_bounded_part_of_it() {
    GeneratedUpload upload =
        new GeneratedUpload(HEADER + "Ada,ada@example.com,\"", 'x', 1 << 20, "\"\n");

    assertThatThrownBy(() -> reader(ImportLimits.defaults()).read(upload, row -> {}, p -> {}))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.FIELD))
        .hasMessageContaining("line 2 is longer than 4,096 characters");
    // the guard trips at 2 × 4,096 + 2 raw characters; the rest is decoding read-ahead
    assertThat(upload.bytesRead()).isLessThan(64 * 1024);
  }

  @Test
  void refuses_an_unquoted_one_megabyte_field_after_reading_only_a_bounded_part_of_it() {
    GeneratedUpload upload = new GeneratedUpload(HEADER + "Ada,", 'x', 1 << 20, ",\n");

    assertThatThrownBy(() -> reader(ImportLimits.defaults()).read(upload, row -> {}, p -> {}))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.FIELD));
    assertThat(upload.bytesRead()).isLessThan(64 * 1024);
  }

  @Test
  void refuses_a_row_of_countless_empty_values_after_reading_only_a_bounded_part_of_it() {
    GeneratedUpload upload = new GeneratedUpload(HEADER + "Ada", ',', 10L << 20, "\n");

    assertThatThrownBy(() -> reader(ImportLimits.defaults()).read(upload, row -> {}, p -> {}))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.FIELD))
        .hasMessageStartingWith("the row starting on line 2 is longer than 65,536 characters");
    assertThat(upload.bytesRead()).isLessThan(128 * 1024);
  }

  @Test
  void refuses_a_value_just_over_the_field_length_naming_its_column() {
    String notes = "\"" + "x".repeat(95) + "\"\"".repeat(6) + "\""; // 101 characters unquoted

    assertThatThrownBy(
            () ->
                Uploads.read(
                    HEADER + "Ada,ada@example.com," + notes + "\n",
                    new ImportLimits(1 << 20, 10, 100),
                    Map.of()))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.FIELD))
        .hasMessage(
            "'Notes' in the row starting on line 2 is 101 characters long — at most 100 are"
                + " accepted");
  }

  @Test
  void an_unclosed_quote_in_a_large_file_trips_the_field_limit_instead_of_buffering_the_rest() {
    GeneratedUpload upload =
        new GeneratedUpload(HEADER + "Ada,ada@example.com,\"oops\nBob,b@c.de,", 'x', 1 << 20, "\n");
    List<ContactRow> rows = new ArrayList<>();

    assertThatThrownBy(() -> reader(ImportLimits.defaults()).read(upload, rows::add, p -> {}))
        .isInstanceOfSatisfying(
            CsvLimitExceeded.class,
            error -> assertThat(error.kind()).isEqualTo(CsvLimitExceeded.Kind.FIELD))
        .hasMessageContaining("check for an unclosed quote");
    assertThat(rows).isEmpty();
  }
}
