package app.rapport.pacing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How fast one campaign may send: a daily cap, a local sending window, the weekdays it sends on and
 * an optional ramp-up from its first sending day.
 *
 * <p>The window and the days are read in the campaign's own {@link #zone()}, never in the JVM's or
 * the database's zone, so every replica agrees on what "today" and "09:00" mean.
 *
 * @param dailyCap the most invitations on one local day (before the ramp-up and the operator's
 *     ceiling are applied)
 * @param zone the time zone the window and the days are read in
 * @param windowStart local time the first slot may come at (inclusive)
 * @param windowEnd local time the window closes (exclusive); must be after {@code windowStart} on
 *     the same day
 * @param sendDays the weekdays the campaign sends on
 * @param rampStart the cap on the first sending day; 0 means no ramp-up (full cap at once)
 * @param rampStep how much the cap grows on each further sending day, up to {@code dailyCap}
 * @param firstDay the campaign's first sending day; {@code null} until the campaign is started
 */
public record PacingPolicy(
    int dailyCap,
    ZoneId zone,
    LocalTime windowStart,
    LocalTime windowEnd,
    Set<DayOfWeek> sendDays,
    int rampStart,
    int rampStep,
    LocalDate firstDay) {

  public PacingPolicy {
    if (dailyCap < 0) {
      throw new IllegalArgumentException(
          "The daily cap cannot be negative (it was " + dailyCap + ").");
    }
    if (zone == null) {
      throw new IllegalArgumentException("Choose the time zone the campaign sends in.");
    }
    if (windowStart == null || windowEnd == null) {
      throw new IllegalArgumentException("Give both a start and an end for the sending window.");
    }
    if (!windowStart.isBefore(windowEnd)) {
      throw new IllegalArgumentException(
          "The sending window must start before it ends on the same day ("
              + windowStart
              + " is not before "
              + windowEnd
              + ").");
    }
    if (sendDays == null || sendDays.isEmpty() || sendDays.contains(null)) {
      throw new IllegalArgumentException("Choose at least one weekday to send on.");
    }
    if (rampStart < 0 || rampStep < 0) {
      throw new IllegalArgumentException(
          "The ramp-up cannot be negative (it started at "
              + rampStart
              + " and grew by "
              + rampStep
              + ").");
    }
    sendDays = Collections.unmodifiableSet(EnumSet.copyOf(sendDays));
  }

  /** The same policy, started on {@code day}: the ramp-up counts from there. */
  public PacingPolicy withFirstDay(LocalDate day) {
    return new PacingPolicy(
        dailyCap, zone, windowStart, windowEnd, sendDays, rampStart, rampStep, day);
  }

  /** The same policy with another daily cap, e.g. after the user lowers it mid-campaign. */
  public PacingPolicy withDailyCap(int cap) {
    return new PacingPolicy(
        cap, zone, windowStart, windowEnd, sendDays, rampStart, rampStep, firstDay);
  }
}
