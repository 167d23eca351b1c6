package app.rapport.guard;

import app.rapport.vocabulary.Relationship;
import java.util.List;

/**
 * PECKING_ORDER: what works with peers fails with people far above you. Seed 003: someone who gets
 * a thousand emails a day owes a stranger nothing; asking for their time is an imposition unless
 * you offer a benefit up front. Warns when a senior contact is asked and the body offers them
 * nothing (neither the campaign's value offered nor a phrase that gives something).
 */
public final class PeckingOrderRule implements Rule {
  private final GuardSettings settings;

  public PeckingOrderRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.PECKING_ORDER;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    if (draft.relationship() != Relationship.SENIOR || ValueOffered.visibleIn(draft, settings)) {
      return List.of();
    }
    return List.of(
        Finding.onDraft(
            code(),
            Severity.WARN,
            "This person is far above you in the pecking order, and the message offers them "
                + "nothing. People at the top get hundreds of requests a day; asking for their "
                + "time is an imposition unless you give first. State specifically how you can "
                + "help them: an audience, research they can use, an introduction."));
  }
}
