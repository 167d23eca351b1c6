package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftRuleTest {
  private final GiftRule rule = new GiftRule(GuardSettings.defaults());

  @Test
  void passes_an_invitation_that_offers_notes_instead_of_a_gift() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void blocks_a_gift_card_offer_and_points_at_the_whole_phrase() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Congratulations on the promotion! Enjoy a $50 Amazon gift card on me.")
            .build();

    List<Finding> findings = rule.check(draft);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.BODY);
              assertThat(spanned(draft, f)).isEqualTo("$50 Amazon gift card");
              assertThat(f.message()).contains("“$50 Amazon gift card”").contains("quid pro quo");
            });
  }

  @Test
  void blocks_a_starbucks_certificate_in_the_subject() {
    DraftUnderReview draft =
        SampleDraft.good().subject("Congratulations + a Starbucks gift certificate").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.part()).isEqualTo(Part.SUBJECT);
              assertThat(spanned(draft, f)).isEqualTo("gift certificate");
            });
  }

  @Test
  void blocks_an_offer_to_pay_for_their_time_with_a_curly_apostrophe() {
    DraftUnderReview draft =
        SampleDraft.good().body("I’ll pay you $100 if you give me 20 minutes.").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(spanned(draft, f)).isEqualTo("I’ll pay you");
            });
  }

  @Test
  void blocks_vouchers_coupons_and_prize_draws_each_once() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Reply for a coupon, two vouchers and entry into our prize draw.")
            .build();

    assertThat(rule.check(draft))
        .extracting(f -> spanned(draft, f))
        .containsExactly("coupon", "vouchers", "prize draw");
  }

  @Test
  void warns_when_offering_to_buy_them_coffee() {
    DraftUnderReview draft =
        SampleDraft.good().body("Happy to chat for 20 minutes, and the coffee's on me.").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(spanned(draft, f)).isEqualTo("coffee's on me");
            });
  }

  @Test
  void warns_on_buy_you_lunch_across_a_line_break() {
    DraftUnderReview draft =
        SampleDraft.good().body("Could I buy you\nlunch next week to hear more?").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(spanned(draft, f)).isEqualTo("buy you\nlunch");
            });
  }

  @Test
  void does_not_read_a_gifted_speaker_or_a_gift_for_storytelling_as_a_gift() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(
                "You are a gifted speaker with a gift for storytelling, and your talk was a gift"
                    + " to the community.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void does_not_read_a_payments_topic_as_an_offer_to_pay() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Your article on instant payments in Brazil changed how I think about fees.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }
}
