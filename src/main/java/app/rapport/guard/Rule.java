package app.rapport.guard;

import java.util.List;

/**
 * One policy of the guard: looks at a draft and returns what is wrong with it, or nothing. Rules
 * are pure functions of the draft and the {@link GuardSettings} they were built with.
 */
public interface Rule {
  RuleCode code();

  /** The findings of this rule on the draft; empty when the draft passes. */
  List<Finding> check(DraftUnderReview draft);
}
