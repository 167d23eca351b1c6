package app.rapport.guard;

import java.util.List;

/**
 * CAP: a campaign's daily cap must lie between 1 and the ceiling (default 50 per sender). Seed
 * 004's routine invites about thirty people a day; more than the ceiling is no longer a small
 * number of well-chosen people, it is a blast.
 */
public final class CapRule {

  /** The findings for a campaign's daily cap; empty when it lies in [1, ceiling]. */
  public List<Finding> check(int dailyCap, int ceiling) {
    if (dailyCap > ceiling) {
      return List.of(
          Finding.onDraft(
              RuleCode.CAP,
              Severity.BLOCK,
              "A daily cap of "
                  + dailyCap
                  + " is above the ceiling of "
                  + ceiling
                  + ". Rapport reaches a small number of well-chosen people each day (about "
                  + "thirty works); lower the cap to "
                  + ceiling
                  + " or less."));
    }
    if (dailyCap < 1) {
      return List.of(
          Finding.onDraft(
              RuleCode.CAP,
              Severity.BLOCK,
              "A daily cap of "
                  + dailyCap
                  + " would never send anything. Choose between 1 and "
                  + ceiling
                  + " (about thirty works)."));
    }
    return List.of();
  }
}
