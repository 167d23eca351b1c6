package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatitudeRuleTest {
  private final PlatitudeRule rule = new PlatitudeRule(GuardSettings.defaults());

  @Test
  void passes_a_note_that_shows_it_knows_their_work() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void warns_on_each_platitude_with_its_span() {
    DraftUnderReview draft =
        SampleDraft.good()
            .context("Acme Labs")
            .body("It's great to meet you! I love your work. Let's connect.")
            .build();

    assertThat(rule.check(draft))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN))
        .extracting(f -> spanned(draft, f))
        .containsExactly("great to meet you", "I love your work", "Let's connect");
  }

  @Test
  void says_the_flattery_is_the_only_personal_part_when_nothing_specific_is_mentioned() {
    DraftUnderReview draft =
        SampleDraft.good().context("Acme Labs").body("I'm a huge fan of yours.").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(spanned(draft, f)).isEqualTo("huge fan");
              assertThat(f.message()).contains("only personal part");
            });
  }

  @Test
  void says_the_specific_mention_already_does_the_job_when_there_is_one() {
    DraftUnderReview draft =
        SampleDraft.good().body("Your post at Acme Labs was great. Love your work!").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(spanned(draft, f)).isEqualTo("Love your work");
              assertThat(f.message()).contains("already does the job");
            });
  }

  @Test
  void finds_platitudes_in_the_subject() {
    DraftUnderReview draft = SampleDraft.good().subject("Let's connect!").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.part()).isEqualTo(Part.SUBJECT);
              assertThat(spanned(draft, f)).isEqualTo("Let's connect");
            });
  }

  @Test
  void does_not_flag_love_in_an_ordinary_sentence() {
    DraftUnderReview draft =
        SampleDraft.good().body("I would love to hear how your team handles rollbacks.").build();

    assertThat(rule.check(draft)).isEmpty();
  }
}
