package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoContextRuleTest {
  private final NoContextRule rule = new NoContextRule();

  @Test
  void passes_when_the_body_mentions_their_post() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void passes_when_only_the_organisation_is_mentioned() {
    DraftUnderReview draft =
        SampleDraft.good().body("I saw that you lead the platform team at Acme Labs.").build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void matches_ignoring_case_line_breaks_and_curly_quotes() {
    DraftUnderReview draft =
        SampleDraft.good()
            .context("Don't ship on Fridays")
            .body("Your post “don’t ship\n  on fridays” made me laugh and then think.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void blocks_when_the_template_ignores_the_context() {
    DraftUnderReview draft =
        SampleDraft.good().body("I'd like to hear how your team ships software.").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.DRAFT);
              assertThat(f.message())
                  .contains("“Shipping small with feature flags”", "“Acme Labs”");
            });
  }

  @Test
  void blocks_a_contact_with_no_context_at_all() {
    DraftUnderReview draft = SampleDraft.good().context("", "  ").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("no context");
            });
  }

  @Test
  void does_not_count_a_short_organisation_name_inside_another_word() {
    DraftUnderReview draft = SampleDraft.good().context("Go").body("A good question.").build();

    assertThat(rule.check(draft)).hasSize(1);
  }
}
