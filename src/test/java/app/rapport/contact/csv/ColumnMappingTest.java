package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void recognises_headers_ignoring_case_and_punctuation() {
    Map<String, ContactField> expected = new HashMap<>();
    expected.put("First Name", ContactField.FIRST_NAME);
    expected.put("first_name", ContactField.FIRST_NAME);
    expected.put("LAST-NAME", ContactField.LAST_NAME);
    expected.put("E-mail", ContactField.EMAIL);
    expected.put("Email Address", ContactField.EMAIL);
    expected.put("Position", ContactField.TITLE);
    expected.put("Job Title", ContactField.TITLE);
    expected.put("Organization", ContactField.COMPANY);
    expected.put("Employer", ContactField.COMPANY);
    expected.put("URL", ContactField.PROFILE_URL);
    expected.put("LinkedIn URL", ContactField.PROFILE_URL);
    expected.put("Profile", ContactField.PROFILE_URL);
    expected.put("Time zone", ContactField.TIME_ZONE);
    expected.put("Notes", ContactField.NOTES);
    expected.put("Note", ContactField.CONTEXT_NOTE);
    expected.put("Why valuable?", ContactField.CONTEXT_NOTE);
    expected.put("Hook type", ContactField.CONTEXT_TYPE);
    expected.put("Context Title", ContactField.CONTEXT_TITLE);
    expected.put("Talk", ContactField.CONTEXT_TITLE);
    expected.put("Context URL", ContactField.CONTEXT_URL);
    expected.put("Published on", ContactField.CONTEXT_DATE);
    expected.put("Connected On", ContactField.CONNECTED_ON);

    expected.forEach(
        (header, field) -> assertThat(ContactField.recognise(header)).as(header).contains(field));
  }

  @Test
  void normalises_a_header_to_lower_case_letters_and_digits() {
    assertThat(ContactField.normalise(" E-mail Address ")).isEqualTo("emailaddress");
    assertThat(ContactField.normalise("Über_Nr. 2")).isEqualTo("übernr2");
  }

  @Test
  void leaves_unknown_headers_unmapped_as_written() {
    ColumnMapping mapping =
        ColumnMapping.detect(List.of("First Name", "Shoe Size", "Email", ""), Map.of());

    assertThat(mapping.byColumn())
        .isEqualTo(Map.of(0, ContactField.FIRST_NAME, 2, ContactField.EMAIL));
    assertThat(mapping.unmapped()).containsExactly("Shoe Size", "");
  }

  @Test
  void maps_the_leftmost_of_two_columns_claiming_the_same_field() {
    ColumnMapping mapping =
        ColumnMapping.detect(List.of("First Name", "Email", "E-mail"), Map.of());

    assertThat(mapping.byColumn()).containsEntry(1, ContactField.EMAIL).doesNotContainKey(2);
    assertThat(mapping.unmapped()).containsExactly("E-mail");
  }

  @Test
  void an_explicit_mapping_wins_over_a_recognised_header_for_the_same_field() {
    ColumnMapping mapping =
        ColumnMapping.detect(
            List.of("Email", "Work address", "Name"), Map.of("Work address", ContactField.EMAIL));

    assertThat(mapping.byColumn())
        .isEqualTo(Map.of(1, ContactField.EMAIL, 2, ContactField.FULL_NAME));
    assertThat(mapping.unmapped()).containsExactly("Email");
  }

  @Test
  void an_explicit_mapping_can_reassign_a_recognised_header() {
    ColumnMapping mapping =
        ColumnMapping.detect(
            List.of("Title", "Email"), Map.of("title", ContactField.CONTEXT_TITLE));

    assertThat(mapping.byColumn()).containsEntry(0, ContactField.CONTEXT_TITLE);
  }

  @Test
  void reports_an_explicit_mapping_naming_a_column_the_file_lacks() {
    Uploads.Result result =
        Uploads.read(
            "First Name,Email\nAda,ada@example.com\n", Map.of("Firma", ContactField.COMPANY));

    assertThat(result.rows()).hasSize(1);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(1);
              assertThat(problem.column()).isEqualTo("Firma");
              assertThat(problem.message())
                  .isEqualTo(
                      "the mapping names a column 'Firma' that the file does not have — the"
                          + " header has: First Name, Email");
            });
  }
}
