package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AddressFormatsTest {

  @Test
  void canonicalises_linkedin_profile_links_from_any_subdomain() {
    assertThat(WebAddress.normalise("https://uk.linkedin.com/in/ada-l/?originalSubdomain=uk"))
        .contains("https://www.linkedin.com/in/ada-l");
    assertThat(WebAddress.normalise("linkedin.com/in/ada-l"))
        .contains("https://www.linkedin.com/in/ada-l");
    assertThat(WebAddress.normalise("HTTP://WWW.LinkedIn.com/in/Ada-L#x"))
        .contains("https://www.linkedin.com/in/Ada-L");
  }

  @Test
  void keeps_path_query_and_fragment_of_other_links_lower_casing_scheme_and_host() {
    assertThat(WebAddress.normalise(" HTTPS://Blog.Example.com:8443/Post?id=3#Part-2 "))
        .contains("https://blog.example.com:8443/Post?id=3#Part-2");
  }

  @Test
  void refuses_links_that_are_not_http_or_hide_their_host() {
    assertThat(WebAddress.normalise("ftp://example.com/x")).isEmpty();
    assertThat(WebAddress.normalise("https://user@evil.example/x")).isEmpty();
    assertThat(WebAddress.normalise("not a url")).isEmpty();
    assertThat(WebAddress.normalise("https://localhost/x")).isEmpty();
  }

  @Test
  void accepts_email_addresses_with_plus_tags_and_international_domains() {
    assertThat(EmailAddress.normalise("mailto:Ada+news@Münster.DE"))
        .contains("Ada+news@münster.de");
    assertThat(EmailAddress.normalise("o'brien@example.co.uk")).contains("o'brien@example.co.uk");
  }

  @Test
  void refuses_email_addresses_with_display_names_or_trailing_dots() {
    assertThat(EmailAddress.normalise("Ada <ada@example.com>")).isEmpty();
    assertThat(EmailAddress.normalise("ada.@example.com")).isEmpty();
    assertThat(EmailAddress.normalise("ada@example.com.")).isEmpty();
    assertThat(EmailAddress.normalise("@example.com")).isEmpty();
  }

  @Test
  void reads_iso_and_linkedin_dates_and_refuses_impossible_ones() {
    assertThat(FieldFormats.date("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    assertThat(FieldFormats.date("12 Mar 2024")).contains(LocalDate.of(2024, 3, 12));
    assertThat(FieldFormats.date("3 sep 2023")).contains(LocalDate.of(2023, 9, 3));
    assertThat(FieldFormats.date("1 February 2022")).contains(LocalDate.of(2022, 2, 1));
    assertThat(FieldFormats.date("2023-02-29")).isEmpty();
    assertThat(FieldFormats.date("31 Apr 2024")).isEmpty();
  }

  @Test
  void reads_iana_time_zones_ignoring_case() {
    assertThat(FieldFormats.timeZone("america/new_york")).contains("America/New_York");
    assertThat(FieldFormats.timeZone("UTC")).contains("UTC");
    assertThat(FieldFormats.timeZone("GMT+2")).isEmpty();
  }

  @Test
  void control_characters_are_exactly_unicode_category_cc() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(FieldFormats.isControl(c))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.getType(c) == Character.CONTROL);
    }
    assertThat(FieldFormats.isControl(Character.MAX_VALUE)).isFalse();
  }

  @Test
  void free_text_keeps_tabs_and_line_breaks_but_no_other_control_character() {
    assertThat(FieldFormats.forbiddenCharacter("a\tb\r\nc", true)).isEqualTo(-1);
    assertThat(FieldFormats.forbiddenCharacter("a\tb", false)).isEqualTo(1);
    assertThat(FieldFormats.forbiddenCharacter("ok\u0085", true)).isEqualTo(2);
    assertThat(FieldFormats.forbiddenCharacter("x\u2028", true)).isEqualTo(1);
    assertThat(FieldFormats.forbiddenCharacter("Zoë Ünal", false)).isEqualTo(-1);
  }
}
