package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCsvReaderTest {

  private static final String LINKEDIN_PREAMBLE =
      "Notes:\n"
          + "\"When exporting your connection data, you may notice that some of the email"
          + " addresses are missing. You will only see email addresses for connections who have"
          + " allowed their connections to see or download their email address using this"
          + " setting https://www.linkedin.com/psettings/privacy/email. You can learn more about"
          + " this here: https://www.linkedin.com/help/linkedin/answer/261\"\n"
          + "\n";

  @Test
  void reads_a_generic_csv_with_every_recognised_column() {
    Uploads.Result result =
        Uploads.read(
            """
            first_name,Last Name,E-mail,Organisation,Job Title,Profile,Time Zone,Relationship,Tags,Notes,Hook Type,Context Title,Context URL,Published On,Why valuable
            Ada,Lovelace,Ada@Example.COM,Analytical Engines,CTO,linkedin.com/in/ada/,europe/london,senior,maths; engines | maths,Met at FOSDEM,talk,Notes on the engine,https://example.com/talk,2024-03-12,She asked for feedback
            """);

    assertThat(result.problems()).isEmpty();
    assertThat(result.mapping().unmapped()).isEmpty();
    assertThat(result.rows())
        .containsExactly(
            new ContactRow(
                2,
                "Ada",
                "Lovelace",
                "Ada@example.com",
                "Analytical Engines",
                "CTO",
                "https://www.linkedin.com/in/ada",
                "Europe/London",
                Relationship.SENIOR,
                List.of("maths", "engines"),
                "Met at FOSDEM",
                new ContextHookRow(
                    ContextType.TALK,
                    "Notes on the engine",
                    "https://example.com/talk",
                    LocalDate.of(2024, 3, 12),
                    "She asked for feedback")));
  }

  @Test
  void reads_linkedin_connections_export_after_its_notes_preamble() {
    Uploads.Result result =
        Uploads.read(
            LINKEDIN_PREAMBLE
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear"
                + " Admiral,12 Mar 2024\n"
                + "Alan,Turing,https://uk.linkedin.com/in/alan-turing?trk=abc,alan@bletchley.uk,"
                + "\"Bletchley Park, Hut 8\",Cryptanalyst,01 Feb 2023\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.mapping().byColumn())
        .isEqualTo(
            Map.of(
                0, ContactField.FIRST_NAME,
                1, ContactField.LAST_NAME,
                2, ContactField.PROFILE_URL,
                3, ContactField.EMAIL,
                4, ContactField.COMPANY,
                5, ContactField.TITLE,
                6, ContactField.CONNECTED_ON));
    assertThat(result.rows())
        .extracting(
            ContactRow::line, ContactRow::firstName, ContactRow::profileUrl, ContactRow::company)
        .containsExactly(
            tuple(5, "Grace", "https://www.linkedin.com/in/grace-hopper", "US Navy"),
            tuple(6, "Alan", "https://www.linkedin.com/in/alan-turing", "Bletchley Park, Hut 8"));
    assertThat(result.rows().getFirst().email()).isNull();
    assertThat(result.rows().getFirst().hook()).isNull();
  }

  @Test
  void strips_a_byte_order_mark_before_the_header() {
    Uploads.Result result = Uploads.read("\uFEFFFirst Name,Email\nAda,ada@example.com\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.mapping().headers()).containsExactly("First Name", "Email");
    assertThat(result.rows()).extracting(ContactRow::email).containsExactly("ada@example.com");
  }

  @Test
  void detects_semicolon_as_the_delimiter() {
    Uploads.Result result =
        Uploads.read("First Name;Email;Company\nAda;ada@example.com;\"Engines, Ltd\"\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).extracting(ContactRow::company).containsExactly("Engines, Ltd");
  }

  @Test
  void detects_tab_as_the_delimiter() {
    Uploads.Result result =
        Uploads.read("First Name\tEmail\tCompany\nAda\tada@example.com\tEngines; Ltd\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).extracting(ContactRow::company).containsExactly("Engines; Ltd");
  }

  @Test
  void keeps_line_numbers_right_after_quoted_line_breaks_and_blank_lines() {
    Uploads.Result result =
        Uploads.read(
            "First Name,Email,Notes\n"
                + "Ada,ada@example.com,\"line one\nline two\n\nline four\"\n"
                + "\n"
                + "Bob,bob@,plain\n"
                + "Cy,cy@example.com,\"a \"\"quoted\"\"\r\nnote\"\n"
                + "Dee,dee@,x\n");

    assertThat(result.rows())
        .extracting(ContactRow::line, ContactRow::notes)
        .containsExactly(
            tuple(2, "line one\nline two\n\nline four"), tuple(8, "a \"quoted\"\nnote"));
    assertThat(result.problems()).extracting(RowProblem::line).containsExactly(7, 10);
  }

  @Test
  void reads_a_quote_inside_an_unquoted_value_as_a_character_without_losing_count_of_lines() {
    Uploads.Result result =
        Uploads.read("First Name,Last Name,Email\nSean,O\"Brien,sean@example.com\n\nBob,,bob@\n");

    assertThat(result.rows()).extracting(ContactRow::lastName).containsExactly("O\"Brien");
    assertThat(result.problems()).extracting(RowProblem::line).containsExactly(4);
  }

  @Test
  void reads_windows_line_ends() {
    Uploads.Result result =
        Uploads.read(
            "First Name,Email\r\nAda,ada@example.com\r\n\r\nBob,bob@example.com\r\nCy,cy@\r\n");

    assertThat(result.rows())
        .extracting(ContactRow::line, ContactRow::email)
        .containsExactly(tuple(2, "ada@example.com"), tuple(4, "bob@example.com"));
    assertThat(result.problems()).extracting(RowProblem::line).containsExactly(5);
  }

  @Test
  void splits_a_full_name_when_first_and_last_are_absent() {
    Uploads.Result result =
        Uploads.read("Name,Email\nLudwig van Beethoven,lvb@example.com\nCher,cher@example.com\n");

    assertThat(result.rows())
        .extracting(ContactRow::firstName, ContactRow::lastName)
        .containsExactly(tuple("Ludwig", "van Beethoven"), tuple("Cher", null));
  }

  @Test
  void explicit_mapping_overrides_detection_and_can_ignore_a_column() {
    HashMap<String, ContactField> explicit = new HashMap<>();
    explicit.put("Vorname", ContactField.FIRST_NAME);
    explicit.put("Firma", ContactField.COMPANY);
    explicit.put("Company", null);
    explicit.put("Kontakt", ContactField.EMAIL);

    Uploads.Result result =
        Uploads.read(
            "Vorname,Kontakt,Company,Firma,Email\nAda,ada@example.com,Ignored,Engines,x@y.z\n",
            explicit);

    assertThat(result.problems()).isEmpty();
    assertThat(result.mapping().unmapped()).containsExactly("Company", "Email");
    assertThat(result.rows())
        .extracting(ContactRow::firstName, ContactRow::email, ContactRow::company)
        .containsExactly(tuple("Ada", "ada@example.com", "Engines"));
  }

  @Test
  void refuses_a_file_whose_header_has_no_name_column_once_not_per_row() {
    Uploads.Result result = Uploads.read("Email,Company\nada@example.com,Engines\nb@c.de,X\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(1);
              assertThat(problem.message())
                  .startsWith("no column for the name")
                  .contains("the header has: Email, Company");
            });
  }

  @Test
  void reports_an_empty_file_as_having_no_header() {
    Uploads.Result result = Uploads.read("\n\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::message)
        .singleElement()
        .asString()
        .startsWith("no header line");
  }

  @Test
  void stops_at_broken_quoting_and_names_the_line() {
    Uploads.Result result =
        Uploads.read(
            "First Name,Email\nAda,ada@example.com\n\"Bob\"x,bob@example.com\nCy,cy@example.com\n");

    assertThat(result.rows()).extracting(ContactRow::firstName).containsExactly("Ada");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.message())
                  .startsWith("broken quoting in the row starting on line 3");
            });
  }

  @Test
  void reports_a_quote_that_is_never_closed() {
    Uploads.Result result =
        Uploads.read("First Name,Email\nAda,ada@example.com\n\"Bob,bob@example.com\nCy,c@d.ef\n");

    assertThat(result.rows()).extracting(ContactRow::firstName).containsExactly("Ada");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.message()).contains("is never closed");
            });
  }

  @Test
  void previews_the_first_rows_and_the_detected_mapping() {
    byte[] csv =
        (LINKEDIN_PREAMBLE
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On,Extra\n"
                + "Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,12 Mar 2024,\n"
                + "\n"
                + "Alan,Turing,,not-an-email,,,,\n"
                + "Third,Row,,,,,,\n")
            .getBytes(StandardCharsets.UTF_8);

    Preview preview =
        new ContactCsvReader(ImportLimits.defaults(), Map.of())
            .preview(new ByteArrayInputStream(csv), 2);

    assertThat(preview.mapping().unmapped()).containsExactly("Extra");
    assertThat(preview.rows())
        .containsExactly(
            List.of(
                "Grace",
                "Hopper",
                "https://www.linkedin.com/in/grace",
                "",
                "Navy",
                "Admiral",
                "12 Mar 2024",
                ""),
            List.of("Alan", "Turing", "", "not-an-email", "", "", "", ""));
  }
}
