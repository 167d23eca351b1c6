package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CooldownRuleTest {
  private final CooldownRule rule = new CooldownRule(GuardSettings.defaults());

  @Test
  void passes_someone_never_invited() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void blocks_someone_invited_53_days_ago_and_says_when_to_try_again() {
    DraftUnderReview draft =
        SampleDraft.good().lastInvitedOn(SampleDraft.TODAY.minusDays(53)).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.DRAFT);
              assertThat(f.message()).contains("2026-10-01", "53 days ago", "2026-12-30");
            });
  }

  @Test
  void blocks_on_day_89_and_allows_on_day_90() {
    DraftUnderReview day89 =
        SampleDraft.good().lastInvitedOn(SampleDraft.TODAY.minusDays(89)).build();
    DraftUnderReview day90 =
        SampleDraft.good().lastInvitedOn(SampleDraft.TODAY.minusDays(90)).build();

    assertThat(rule.check(day89)).hasSize(1);
    assertThat(rule.check(day90)).isEmpty();
  }

  @Test
  void honours_a_configured_cooldown() {
    CooldownRule shorter = new CooldownRule(GuardSettings.defaults().withCooldownDays(30));
    DraftUnderReview draft =
        SampleDraft.good().lastInvitedOn(SampleDraft.TODAY.minusDays(53)).build();

    assertThat(shorter.check(draft)).isEmpty();
  }

  @Test
  void blocks_someone_who_opted_out() {
    DraftUnderReview draft = SampleDraft.good().suppressed("OPTED_OUT").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("OPTED_OUT", "asked not to be contacted");
            });
  }

  @Test
  void says_a_bounced_address_bounced() {
    DraftUnderReview draft = SampleDraft.good().suppressed("bounced").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("address bounced"));
  }

  @Test
  void reports_both_a_suppression_and_a_recent_invitation() {
    DraftUnderReview draft =
        SampleDraft.good()
            .suppressed("DECLINED")
            .lastInvitedOn(SampleDraft.TODAY.minusDays(3))
            .build();

    assertThat(rule.check(draft))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("declined"))
        .anySatisfy(m -> assertThat(m).contains("3 days ago"));
  }
}
