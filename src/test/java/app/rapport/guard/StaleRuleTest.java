package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaleRuleTest {
  private final StaleRule rule = new StaleRule(GuardSettings.defaults());

  @Test
  void passes_a_post_from_two_months_ago() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void passes_a_context_with_no_date() {
    assertThat(rule.check(SampleDraft.good().contextDate(null).build())).isEmpty();
  }

  @Test
  void passes_a_context_exactly_twelve_months_old() {
    DraftUnderReview draft = SampleDraft.good().contextDate(LocalDate.of(2025, 11, 23)).build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void warns_on_a_post_from_years_ago_and_points_at_its_mention() {
    DraftUnderReview draft = SampleDraft.good().contextDate(LocalDate.of(2023, 5, 10)).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.part()).isEqualTo(Part.BODY);
              assertThat(spanned(draft, f)).isEqualTo(SampleDraft.TITLE);
              assertThat(f.message()).contains("2023-05-10", "3 years ago", "mail merge");
            });
  }

  @Test
  void warns_about_the_whole_draft_when_the_body_does_not_mention_the_context() {
    DraftUnderReview draft =
        SampleDraft.good()
            .contextDate(LocalDate.of(2025, 8, 1))
            .body("Hello, would you have 20 minutes?")
            .build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.part()).isEqualTo(Part.DRAFT);
              assertThat(f.message()).contains("2025-08-01", "15 months ago");
            });
  }

  @Test
  void honours_a_configured_age() {
    StaleRule stricter = new StaleRule(GuardSettings.defaults().withStaleMonths(1));

    assertThat(stricter.check(SampleDraft.good().build())).hasSize(1);
  }
}
