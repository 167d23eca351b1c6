package app.rapport.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * GIFT: a gift, voucher, payment or prize offered to get attention blocks the draft; offering to
 * buy lunch or coffee warns. Seed 000: a Starbucks gift certificate mailed to strangers with a
 * congratulation letter got not one reply; the gift read as a quid pro quo and "worked against" the
 * sender. Seed 003 allows buying a peer coffee, so treating is only a warning.
 */
public final class GiftRule implements Rule {
  private final GuardSettings settings;

  public GiftRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.GIFT;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    List<Finding> findings = new ArrayList<>();
    for (Part part : List.of(Part.SUBJECT, Part.BODY)) {
      String text = draft.text(part);
      for (Span gift : settings.gifts().findIn(text)) {
        findings.add(Finding.at(code(), Severity.BLOCK, giftMessage(gift), part, gift));
      }
      for (Span treat : settings.treats().findIn(text)) {
        findings.add(Finding.at(code(), Severity.WARN, treatMessage(treat), part, treat));
      }
    }
    return findings;
  }

  private static String giftMessage(Span gift) {
    return "Remove "
        + gift.quoted()
        + ": a gift or payment to someone you don't know reads as a quid pro quo, as if you "
        + "will ask for something later. A coffee gift certificate sent with congratulation "
        + "letters got not one reply; it “worked against” the sender. Offer something relevant "
        + "to them instead: an article they would find useful, an introduction, what you "
        + "learned.";
  }

  private static String treatMessage(Span treat) {
    return treat.quoted()
        + " works between peers, but from a stranger it can read as paying for their time "
        + "(“You pay me $5000 and I'll buy you lunch!”). Give them a reason that is about "
        + "them instead: what you can share or how you can help.";
  }
}
