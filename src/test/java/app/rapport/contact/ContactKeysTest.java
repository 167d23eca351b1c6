package app.rapport.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactKeysTest {

  @Test
  void one_profile_whatever_the_scheme_subdomain_case_query_or_trailing_slash() {
    for (String written :
        new String[] {
          "https://www.LinkedIn.com/in/Jane-Doe/?utm=x",
          "linkedin.com/in/jane-doe",
          "uk.linkedin.com/in/jane-doe?trk=public_profile",
          "http://de.linkedin.com/in/jane-doe/#about"
        }) {
      assertThat(ContactKeys.dedupeKey(null, written))
          .as(written)
          .isEqualTo("u:linkedin.com/in/jane-doe");
    }
    assertThat(ContactKeys.dedupeKey(null, "https://blog.example.com/jane/"))
        .isEqualTo("u:blog.example.com/jane");
    assertThat(ContactKeys.dedupeKey(null, "https://notlinkedin.com/in/jane-doe"))
        .isEqualTo("u:notlinkedin.com/in/jane-doe");
  }

  @Test
  void the_email_is_the_identity_when_there_is_one() {
    assertThat(ContactKeys.dedupeKey(" Jane.Doe@Example.org ", "linkedin.com/in/jane-doe"))
        .isEqualTo("e:jane.doe@example.org");
    assertThat(ContactKeys.dedupeKey(" ", null)).isNull();
  }
}
