package app.rapport.guard;

import static app.rapport.guard.IdentityMask.MASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityMaskTest {

  @Test
  void lower_cases_and_drops_punctuation_and_spacing() {
    assertThat(IdentityMask.words("Hi  there,\n\"Great\" talk!", List.of()))
        .containsExactly("hi", "there", "great", "talk");
  }

  @Test
  void masks_the_first_name_whatever_its_case() {
    assertThat(IdentityMask.words("Hi ANA, ana's post", List.of("Ana")))
        .containsExactly("hi", MASK, MASK, "s", "post");
  }

  @Test
  void masks_whole_words_only() {
    assertThat(IdentityMask.words("Ana likes bananas", List.of("Ana")))
        .containsExactly(MASK, "likes", "bananas");
  }

  @Test
  void masks_a_full_name_or_company_as_one_word() {
    assertThat(
            IdentityMask.words(
                "Dear Ana Lopez at Northwind Freight",
                List.of("Ana", "Lopez", "Ana Lopez", "Northwind Freight")))
        .containsExactly("dear", MASK, "at", MASK);
  }

  @Test
  void masks_an_email_address() {
    assertThat(
            IdentityMask.words(
                "Write to ana.lopez@northwind.example.",
                List.of("Ana", "ana.lopez@northwind.example")))
        .containsExactly("write", "to", MASK);
  }

  @Test
  void makes_a_name_only_merge_identical() {
    var ana = IdentityMask.words("Hi Ana, how is Acme?", List.of("Ana", "Acme"));
    var bruno = IdentityMask.words("Hi Bruno, how is Globex?", List.of("Bruno", "Globex"));

    assertThat(ana).isEqualTo(bruno);
  }

  @Test
  void ignores_missing_and_blank_identity_values() {
    var draft = new BlastCandidate(1, "Hi Ana", java.util.Arrays.asList("Ana", null, " "));

    assertThat(draft.identityValues()).containsExactly("Ana");
    assertThat(IdentityMask.words(draft.body(), draft.identityValues()))
        .containsExactly("hi", MASK);
  }
}
