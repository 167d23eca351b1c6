package app.rapport.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * HARD_SELL: pricing, discounts, "limited time", "demo", "buy". Seed 004: "the hard sale does not
 * work"; better to discover more about them, offer ideas and find out together if there is a fit. A
 * warning, or a block in a strict campaign.
 */
public final class HardSellRule implements Rule {
  private final GuardSettings settings;

  public HardSellRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.HARD_SELL;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    Severity severity = draft.strict() ? Severity.BLOCK : Severity.WARN;
    List<Finding> findings = new ArrayList<>();
    for (Part part : List.of(Part.SUBJECT, Part.BODY)) {
      for (Span pitch : settings.hardSell().findIn(draft.text(part))) {
        findings.add(Finding.at(code(), severity, message(pitch), part, pitch));
      }
    }
    return findings;
  }

  private static String message(Span pitch) {
    return pitch.quoted()
        + " is sales pressure, and the hard sale does not work: it leaves people with a "
        + "negative feeling before they know you. An invitation to a digital coffee is not a "
        + "pitch. Drop it; learn about them first and find out together whether there is a fit.";
  }
}
