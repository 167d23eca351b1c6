package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardSellRuleTest {
  private final HardSellRule rule = new HardSellRule(GuardSettings.defaults());

  @Test
  void passes_a_low_key_invitation() {
    assertThat(rule.check(SampleDraft.good().build())).isEmpty();
  }

  @Test
  void warns_on_each_sales_phrase_with_its_span() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Book a demo this week: 30% off our pricing for a limited time. Act now!")
            .build();

    assertThat(rule.check(draft))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN))
        .extracting(f -> spanned(draft, f))
        .containsExactly("Book a demo", "30% off", "pricing", "for a limited time", "Act now");
  }

  @Test
  void blocks_sales_pressure_in_a_strict_campaign() {
    DraftUnderReview draft =
        SampleDraft.good().strict().subject("Special offer for Acme Labs").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.part()).isEqualTo(Part.SUBJECT);
              assertThat(spanned(draft, f)).isEqualTo("Special offer");
              assertThat(f.message()).contains("the hard sale does not work");
            });
  }

  @Test
  void warns_on_buy_and_a_monthly_price() {
    DraftUnderReview draft = SampleDraft.good().body("You can buy it today for $49/month.").build();

    assertThat(rule.check(draft))
        .extracting(f -> spanned(draft, f))
        .containsExactly("buy", "$49/month");
  }

  @Test
  void does_not_read_buying_coffee_demo_day_or_democracy_as_selling() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(
                "I'd buy you a coffee to hear about your Demo Day pitch and your essay on"
                    + " democracy and discount rates.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }
}
