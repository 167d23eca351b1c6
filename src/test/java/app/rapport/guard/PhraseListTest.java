package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseListTest {

  @Test
  void matches_whole_words_only() {
    PhraseList list = PhraseList.of(List.of("demo"));

    assertThat(list.foundIn("democracy and demographics")).isFalse();
    assertThat(list.foundIn("a short DEMO.")).isTrue();
  }

  @Test
  void a_space_matches_line_breaks_hyphens_and_commas() {
    PhraseList list = PhraseList.of(List.of("limited time", "if not no problem"));

    assertThat(list.findIn("a limited-time deal; if not,\nno problem"))
        .extracting(Span::text)
        .containsExactly("limited-time", "if not,\nno problem");
  }

  @Test
  void an_apostrophe_matches_a_curly_one() {
    assertThat(PhraseList.of(List.of("i'll pay you")).foundIn("I’ll pay you")).isTrue();
  }

  @Test
  void a_hash_matches_numbers_in_digits_or_words() {
    PhraseList list = PhraseList.of(List.of("# minutes"));

    assertThat(list.findIn("20 minutes, 2.5 minutes, forty-five minutes, some minutes"))
        .extracting(Span::text)
        .containsExactly("20 minutes", "2.5 minutes", "forty-five minutes");
  }

  @Test
  void a_star_matches_the_rest_of_a_word() {
    assertThat(PhraseList.of(List.of("voucher*")).findIn("two vouchers"))
        .extracting(Span::text)
        .containsExactly("vouchers");
  }

  @Test
  void overlapping_matches_merge_into_one_stretch() {
    PhraseList list = PhraseList.of(List.of("a gift", "gift card*", "$# gift*"));

    assertThat(list.findIn("here is a $20 gift card"))
        .extracting(Span::text)
        .containsExactly("$20 gift card");
    assertThat(list.findIn("here is a gift card"))
        .extracting(Span::text)
        .containsExactly("a gift card");
  }

  @Test
  void an_exception_cancels_the_matches_it_overlaps() {
    PhraseList list = PhraseList.of(List.of("a gift", "gift"), List.of("gift for *ing"));

    assertThat(list.findIn("a gift for storytelling")).isEmpty();
    assertThat(list.findIn("a gift for you")).extracting(Span::text).containsExactly("a gift");
  }

  @Test
  void a_contraction_also_finds_its_long_form() {
    PhraseList list = PhraseList.of(List.of("i'm contacting you", "if the timing isn't right"));

    assertThat(list.findIn("I am contacting you. If the timing is not right, fine."))
        .extracting(Span::text)
        .containsExactly("I am contacting you", "If the timing is not right");
    assertThat(list.foundIn("I’m contacting you")).isTrue();
  }

  @Test
  void cant_and_wont_keep_their_own_spelling() {
    PhraseList list = PhraseList.of(List.of("can't", "won't"));

    assertThat(list.findIn("I can't, ca not, won't, wo not"))
        .extracting(Span::text)
        .containsExactly("can't", "won't");
  }
}
