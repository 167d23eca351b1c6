package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FivePointsRuleTest {
  private final FivePointsRule rule = new FivePointsRule(GuardSettings.defaults());

  @Test
  void passes_an_invitation_with_all_five_points() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void reports_each_missing_point_separately() {
    DraftUnderReview draft =
        SampleDraft.good()
            .context("Acme Labs")
            .topic("rollouts")
            .body("Hello there. Hope this finds you well. Let me know what you think.")
            .build();

    List<Finding> findings = rule.check(draft);

    assertThat(findings)
        .hasSize(5)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    assertThat(findings)
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("why you are writing"))
        .anySatisfy(
            m -> assertThat(m).contains("what is in it for them").contains(SampleDraft.VALUE))
        .anySatisfy(m -> assertThat(m).contains("specifically").contains("“rollouts”"))
        .anySatisfy(m -> assertThat(m).contains("“20 minutes”"))
        .anySatisfy(m -> assertThat(m).contains("guilt-free out"));
  }

  @Test
  void points_a_missing_intent_at_the_first_two_sentences() {
    String body =
        "Hi Ana,\n\nYour post on Acme Labs' rollout was sharp. It matched what we saw in our"
            + " interviews. I'm reaching out because I'd like to compare notes for 20 minutes;"
            + " in return, happy to share them. No worries if not.";
    DraftUnderReview draft = SampleDraft.good().context("Acme Labs").body(body).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.part()).isEqualTo(Part.BODY);
              assertThat(spanned(draft, f))
                  .isEqualTo(
                      "Hi Ana,\n\nYour post on Acme Labs' rollout was sharp. It matched what we saw in"
                          + " our interviews.");
            });
  }

  @Test
  void accepts_the_campaign_intent_rendered_in_the_opening() {
    DraftUnderReview draft =
        SampleDraft.good()
            .intent("compare rollout practices with teams of five")
            .body(
                "Hi Ana, I would like to compare rollout practices with teams of five, after"
                    + " reading Shipping small with feature flags. In return I can share our"
                    + " notes. 20 minutes? No pressure.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void accepts_the_value_offered_written_out_instead_of_a_benefit_phrase() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(
                "I'm writing to ask about Shipping small with feature flags. You would get the"
                    + " notes from 30 interviews we ran with small teams. 20 minutes? No"
                    + " pressure.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a 15-minute call",
        "fifteen minutes",
        "20 min on video",
        "half an hour",
        "a twenty-minute chat",
        "45mins"
      })
  void recognises_an_explicit_duration(String duration) {
    DraftUnderReview draft =
        SampleDraft.good().body(SampleDraft.GOOD_BODY.replace("20 minutes", duration)).build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No pressure.",
        "Totally fine if not.",
        "Feel free to ignore this.",
        "If not, no problem.",
        "If now isn’t a good time, I understand."
      })
  void recognises_an_easy_out(String out) {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(
                SampleDraft.GOOD_BODY.replace("If the timing isn't right, no worries at all.", out))
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void does_not_take_a_vague_some_time_for_a_duration() {
    DraftUnderReview draft =
        SampleDraft.good().body(SampleDraft.GOOD_BODY.replace("20 minutes", "some time")).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("how much time"));
  }

  @Test
  void blocks_missing_points_in_a_strict_campaign() {
    DraftUnderReview draft =
        SampleDraft.good()
            .strict()
            .body(
                SampleDraft.GOOD_BODY.replace("If the timing isn't right, no worries at all.", ""))
            .build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.DRAFT);
            });
  }
}
