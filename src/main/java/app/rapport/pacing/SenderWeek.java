package app.rapport.pacing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The per-sender budget over a day and an ISO week, across all of a user's campaigns and channels.
 *
 * <p>The days passed in must be read in one zone per sender (the user's), so that a sender's week
 * does not depend on which campaign happens to be sending.
 */
public final class SenderWeek {

  /** The Monday starting the ISO week that holds {@code day}: the key of the weekly count. */
  public static LocalDate weekStart(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * How many more invitations the sender may send now: the smaller of what is left today and what
   * is left this week, never below 0 (a budget lowered below what was used leaves nothing).
   */
  public int remaining(SenderBudget b, int usedToday, int usedThisWeek) {
    if (usedToday < 0 || usedThisWeek < 0) {
      throw new IllegalArgumentException(
          "Usage cannot be negative (today " + usedToday + ", this week " + usedThisWeek + ").");
    }
    int leftToday = b.dailyCeiling() - usedToday;
    int leftThisWeek = b.weeklyCeiling() - usedThisWeek;
    return Math.max(0, Math.min(leftToday, leftThisWeek));
  }
}
