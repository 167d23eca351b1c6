package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.vocabulary.Relationship;
import org.junit.jupiter.api.Test;

class PeckingOrderRuleTest {
  private static final String ASK_ONLY =
      "Dear Dr. Osei, I read Shipping small with feature flags. Could I have 20 minutes of your"
          + " time to get your advice on my career? No worries if not.";

  private final PeckingOrderRule rule = new PeckingOrderRule(GuardSettings.defaults());

  @Test
  void passes_a_senior_contact_who_is_offered_the_campaign_value() {
    DraftUnderReview draft = SampleDraft.good().relationship(Relationship.SENIOR).build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void passes_a_senior_contact_offered_something_in_other_words() {
    DraftUnderReview draft =
        SampleDraft.good()
            .relationship(Relationship.SENIOR)
            .valueOffered("")
            .body(ASK_ONLY + " I can introduce you to the two founders who asked about it.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void warns_when_a_senior_contact_is_asked_and_offered_nothing() {
    DraftUnderReview draft =
        SampleDraft.good()
            .relationship(Relationship.SENIOR)
            .valueOffered("")
            .body(ASK_ONLY)
            .build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.part()).isEqualTo(Part.DRAFT);
              assertThat(f.message()).contains("pecking order").contains("give first");
            });
  }

  @Test
  void warns_when_the_value_offered_is_set_but_never_rendered() {
    DraftUnderReview draft =
        SampleDraft.good().relationship(Relationship.SENIOR).body(ASK_ONLY).build();

    assertThat(rule.check(draft)).hasSize(1);
  }

  @Test
  void leaves_peers_and_juniors_alone_even_without_value() {
    for (Relationship relationship :
        new Relationship[] {Relationship.PEER, Relationship.JUNIOR, Relationship.UNKNOWN}) {
      DraftUnderReview draft =
          SampleDraft.good().relationship(relationship).valueOffered("").body(ASK_ONLY).build();

      assertThat(rule.check(draft)).as(relationship.name()).isEmpty();
    }
  }
}
