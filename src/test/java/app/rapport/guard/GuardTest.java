package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
  private final Guard guard = new Guard(GuardSettings.defaults());

  @Test
  void finds_nothing_in_a_good_invitation() {
    List<Finding> findings = guard.check(SampleDraft.good().build());

    assertThat(findings).isEmpty();
    assertThat(Guard.blocks(findings)).isFalse();
  }

  @Test
  void runs_one_rule_for_every_single_draft_code() {
    assertThat(guard.rules())
        .extracting(Rule::code)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.complementOf(EnumSet.of(RuleCode.BLAST, RuleCode.CAP)));
  }

  @Test
  void puts_blocks_first_then_subject_body_and_draft_then_position() {
    DraftUnderReview draft =
        SampleDraft.good()
            .subject("Let's connect")
            .body(SampleDraft.GOOD_BODY + "\nP.S. Coffee's on me, and here's a gift card.")
            .lastInvitedOn(SampleDraft.TODAY.minusDays(10))
            .build();

    List<Finding> findings = guard.check(draft);

    assertThat(findings)
        .extracting(Finding::severity, Finding::part, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.BLOCK, Part.BODY, RuleCode.GIFT),
            org.assertj.core.groups.Tuple.tuple(Severity.BLOCK, Part.DRAFT, RuleCode.COOLDOWN),
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, Part.SUBJECT, RuleCode.PLATITUDE),
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, Part.BODY, RuleCode.GIFT));
    assertThat(Guard.blocks(findings)).isTrue();
  }

  @Test
  void orders_findings_in_the_same_part_by_position() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(SampleDraft.GOOD_BODY + "\nLet's connect. Our pricing is fair. Love your work!")
            .build();

    List<Finding> findings = guard.check(draft);

    assertThat(findings).extracting(Finding::start).isSorted();
    assertThat(findings)
        .extracting(Finding::code)
        .containsExactly(RuleCode.PLATITUDE, RuleCode.HARD_SELL, RuleCode.PLATITUDE);
  }

  @Test
  void warnings_alone_do_not_block() {
    DraftUnderReview draft =
        SampleDraft.good().body(SampleDraft.GOOD_BODY + "\nP.S. Big fan.").build();

    List<Finding> findings = guard.check(draft);

    assertThat(findings).singleElement().extracting(Finding::code).isEqualTo(RuleCode.PLATITUDE);
    assertThat(Guard.blocks(findings)).isFalse();
  }

  @Test
  void a_strict_campaign_turns_five_points_and_hard_sell_into_blocks() {
    String body =
        SampleDraft.GOOD_BODY.replace("If the timing isn't right, no worries at all.", "")
            + "\nAsk me for a demo.";
    List<Finding> relaxed = guard.check(SampleDraft.good().body(body).build());
    List<Finding> strict = guard.check(SampleDraft.good().strict().body(body).build());

    assertThat(relaxed)
        .extracting(Finding::code, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RuleCode.FIVE_POINTS, Severity.WARN),
            org.assertj.core.groups.Tuple.tuple(RuleCode.HARD_SELL, Severity.WARN));
    assertThat(strict).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    assertThat(Guard.blocks(relaxed)).isFalse();
    assertThat(Guard.blocks(strict)).isTrue();
  }

  @Test
  void accepts_daily_caps_from_one_to_the_ceiling() {
    assertThat(guard.checkCap(1, 50)).isEmpty();
    assertThat(guard.checkCap(30, 50)).isEmpty();
    assertThat(guard.checkCap(50, 50)).isEmpty();
  }

  @Test
  void blocks_a_daily_cap_above_the_ceiling() {
    assertThat(guard.checkCap(51, 50))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(RuleCode.CAP);
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.DRAFT);
              assertThat(f.message()).contains("51", "ceiling of 50");
            });
  }

  @Test
  void blocks_a_daily_cap_below_one() {
    assertThat(guard.checkCap(0, 50))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("never send anything"));
    assertThat(guard.checkCap(-3, 50)).hasSize(1);
  }

  @Test
  void checks_the_cap_against_the_configured_ceiling() {
    Guard lowCeiling = new Guard(GuardSettings.defaults().withCapCeiling(20));

    assertThat(guard.checkCap(50)).isEmpty();
    assertThat(lowCeiling.checkCap(30)).hasSize(1);
  }
}
