package app.rapport.pacing;

/**
 * What one sender (a user, across all their campaigns and channels) may send: per day and per ISO
 * week. It sits above each campaign's own cap so that many small campaigns cannot add up to a blast
 * from one person.
 *
 * @param dailyCeiling the most invitations per local day
 * @param weeklyCeiling the most invitations per ISO week (Monday to Sunday)
 */
public record SenderBudget(int dailyCeiling, int weeklyCeiling) {

  public SenderBudget {
    if (dailyCeiling < 0 || weeklyCeiling < 0) {
      throw new IllegalArgumentException(
          "A sender's budget cannot be negative (daily "
              + dailyCeiling
              + ", weekly "
              + weeklyCeiling
              + ").");
    }
  }

  /** 50 a day and 100 a week: a person's pace, not a mailer's. */
  public static SenderBudget defaults() {
    return new SenderBudget(50, 100);
  }
}
