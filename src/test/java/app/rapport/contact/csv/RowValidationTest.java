package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.vocabulary.ContextType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowValidationTest {

  private static final String HEADER =
      "First Name,Last Name,Email,Profile URL,Time Zone,Relationship,Tags,Notes,Context Type,"
          + "Context Title,Context URL,Context Date,Context Note\n";

  /** One row under the full header: name, email and profile first, then the rest. */
  private static Uploads.Result row(String cells) {
    return Uploads.read(HEADER + cells + "\n");
  }

  private static RowProblem onlyProblem(Uploads.Result result) {
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    return result.problems().getFirst();
  }

  @Test
  void refuses_a_bad_email_saying_what_is_expected() {
    RowProblem problem = onlyProblem(row("Bob,,bob@,,,,,,,,,,"));

    assertThat(problem)
        .isEqualTo(
            new RowProblem(
                2, "Email", "bob@", "not an email address: 'bob@' — expected name@domain"));
  }

  @Test
  void refuses_email_addresses_with_spaces_double_dots_or_no_domain_dot() {
    for (String email :
        new String[] {"bob smith@example.com", "bob..s@example.com", "bob@localhost"}) {
      assertThat(onlyProblem(row("Bob,," + email + ",,,,,,,,,,")).column()).isEqualTo("Email");
    }
  }

  @Test
  void lower_cases_the_domain_of_an_email_but_not_its_local_part() {
    assertThat(row("Bob,, Bob.Smith@Example.ORG ,,,,,,,,,,").rows().getFirst().email())
        .isEqualTo("Bob.Smith@example.org");
  }

  @Test
  void refuses_a_row_without_a_first_name() {
    RowProblem problem = onlyProblem(row(",Smith,bob@example.com,,,,,,,,,,"));

    assertThat(problem.column()).isEqualTo("First Name");
    assertThat(problem.message()).isEqualTo("no first name — fill in 'First Name'");
  }

  @Test
  void refuses_a_row_with_neither_email_nor_profile_url() {
    RowProblem problem = onlyProblem(row("Bob,Smith,,,,,,,,,,,"));

    assertThat(problem.message())
        .isEqualTo("neither an email address nor a profile URL — fill in 'Email' or 'Profile URL'");
  }

  @Test
  void accepts_a_profile_url_without_an_email() {
    Uploads.Result result = row("Bob,,,www.linkedin.com/in/bob/?trk=x#top,,,,,,,,,");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows().getFirst().profileUrl()).isEqualTo("https://www.linkedin.com/in/bob");
  }

  @Test
  void refuses_a_profile_url_that_is_not_a_web_address() {
    assertThat(onlyProblem(row("Bob,,,javascript:alert(1),,,,,,,,,")).column())
        .isEqualTo("Profile URL");
    assertThat(onlyProblem(row("Bob,,,https://me@evil.example/in/bob,,,,,,,,,")).column())
        .isEqualTo("Profile URL");
  }

  @Test
  void refuses_an_unknown_context_type_listing_the_known_ones() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,,podcast,My show,,,"));

    assertThat(problem.column()).isEqualTo("Context Type");
    assertThat(problem.message())
        .startsWith("not a known context type: 'podcast' — expected one of blog post, article");
  }

  @Test
  void defaults_the_context_type_to_other_when_a_title_is_given() {
    ContextHookRow hook =
        row("Bob,,bob@example.com,,,,,,,Your post on pacing,,12 Mar 2024,worth a coffee")
            .rows()
            .getFirst()
            .hook();

    assertThat(hook)
        .isEqualTo(
            new ContextHookRow(
                ContextType.OTHER,
                "Your post on pacing",
                null,
                LocalDate.of(2024, 3, 12),
                "worth a coffee"));
  }

  @Test
  void refuses_a_context_hook_without_a_title_or_link() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,,talk,,,,"));

    assertThat(problem.message())
        .isEqualTo(
            "a context hook needs a title or a link — fill in 'Context Title' or 'Context URL'");
  }

  @Test
  void refuses_a_context_date_in_neither_iso_nor_linkedin_form() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,,,Talk,,03/12/2024,"));

    assertThat(problem.message())
        .isEqualTo("not a date: '03/12/2024' — expected 2024-03-12 or 12 Mar 2024");
  }

  @Test
  void refuses_an_invalid_time_zone() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,CET+1,,,,,,,,"));

    assertThat(problem.column()).isEqualTo("Time Zone");
    assertThat(problem.message())
        .startsWith("not a time zone: 'CET+1' — expected an IANA time zone");
  }

  @Test
  void refuses_a_fixed_offset_as_time_zone() {
    assertThat(onlyProblem(row("Bob,,bob@example.com,,+01:00,,,,,,,,")).column())
        .isEqualTo("Time Zone");
  }

  @Test
  void refuses_an_unknown_relationship() {
    assertThat(onlyProblem(row("Bob,,bob@example.com,,,boss,,,,,,,")).message())
        .isEqualTo("not a relationship: 'boss' — expected peer, senior, junior or unknown");
  }

  @Test
  void refuses_a_header_injection_hidden_in_a_quoted_name() {
    RowProblem problem = onlyProblem(row("\"Alice\r\nBcc: x@evil\",,alice@example.com,,,,,,,,,,"));

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo("First Name");
    assertThat(problem.value()).isEqualTo("Alice\r\nBcc: x@evil");
    assertThat(problem.message())
        .startsWith("'First Name' contains an invisible control character (U+000D) at position 6");
  }

  @Test
  void refuses_a_line_separator_even_in_notes() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,a\u2028b,,,,,"));

    assertThat(problem.column()).isEqualTo("Notes");
    assertThat(problem.message()).contains("(U+2028)");
  }

  @Test
  void refuses_a_paragraph_separator_and_nul_in_any_field() {
    assertThat(onlyProblem(row("Bob,Sm\u2029ith,bob@example.com,,,,,,,,,,")).column())
        .isEqualTo("Last Name");
    assertThat(onlyProblem(row("Bob,,bob@example.com,,,,a\u0000b,,,,,,")).column())
        .isEqualTo("Tags");
  }

  @Test
  void lets_notes_keep_tabs_and_line_breaks() {
    Uploads.Result result = row("Bob,,bob@example.com,,,,,\"met\tthere\r\nlikes tea\",,,,,");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows().getFirst().notes()).isEqualTo("met\tthere\nlikes tea");
  }

  @Test
  void refuses_a_value_longer_than_its_field_allows() {
    RowProblem problem = onlyProblem(row("B" + "o".repeat(100) + ",,bob@example.com,,,,,,,,,,"));

    assertThat(problem.message())
        .isEqualTo("'First Name' is 101 characters long — at most 100 fit");
    assertThat(problem.value()).hasSize(101);
  }

  @Test
  void cuts_the_reported_value_to_200_characters() {
    String title = "t".repeat(301);

    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,,," + title + ",,,"));

    assertThat(problem.column()).isEqualTo("Context Title");
    assertThat(problem.value()).hasSize(200);
  }

  @Test
  void refuses_a_row_with_more_values_than_the_header_has_columns() {
    RowProblem problem = onlyProblem(row("Bob,,bob@example.com,,,,,,,,,,,Acme"));

    assertThat(problem.column()).isNull();
    assertThat(problem.message()).startsWith("the row has 14 values but the header has 13 columns");
  }

  @Test
  void reports_every_problem_of_a_row_at_once() {
    Uploads.Result result = row(",,bob@,,Mars/Base,,,,,,,,");

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::column)
        .containsExactly("First Name", "Email", "Time Zone");
  }

  @Test
  void splits_tags_on_semicolons_and_bars_dropping_blanks_and_repeats() {
    assertThat(row("Bob,,bob@example.com,,,,\"rust; Rust | go;;\",,,,,,").rows().getFirst().tags())
        .containsExactly("rust", "go");
  }
}
