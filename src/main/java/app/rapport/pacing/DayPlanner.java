package app.rapport.pacing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides how many invitations a campaign may send on a local day and when.
 *
 * <p>Plans are computed, not stored: the same campaign id, policy and day give the same slots on
 * every replica and after every restart, so the only shared state the dispatcher needs is the quota
 * row per (campaign, local day).
 *
 * <p><b>How the dispatcher uses a plan.</b> On each tick it takes {@code day = localDay(now,
 * zone)}, {@code plan = plan(id, policy, day, ceiling)} and may claim one more invitation while the
 * day's quota used is below {@code min(plan.cap(), dueBy(plan, now))}. Because the plan is
 * recomputed from the current policy, lowering {@code dailyCap} mid-day takes effect at once: if
 * the new cap is at or below what was already used today, nothing more goes out that day (never
 * write a cap below {@code used} into the quota row, whose {@code CHECK (used <= cap)} would fail).
 * Raising the cap mid-day re-lays the slots, so several may be due at once; so may slots missed
 * while no replica ran.
 */
public final class DayPlanner {

  /** The operator's default maximum per campaign per day, whatever a campaign asks for. */
  public static final int DEFAULT_CEILING = 50;

  /** Slots sit between 10% and 90% of their interval, so neighbours never touch. */
  private static final double JITTER_FROM = 0.1;

  private static final double JITTER_TO = 0.9;

  /**
   * The number of invitations allowed on {@code day}: 0 on days not in {@code sendDays} or before
   * {@code firstDay}; with a ramp-up, {@code rampStart + rampStep × (send days from firstDay up to
   * day)} capped by {@code dailyCap}; never above {@code ceiling}.
   *
   * <p>A campaign not started yet ({@code firstDay == null}) is previewed as if it started on
   * {@code day}.
   */
  public int capFor(PacingPolicy p, LocalDate day, int ceiling) {
    Objects.requireNonNull(p, "policy");
    Objects.requireNonNull(day, "day");
    if (ceiling < 0) {
      throw new IllegalArgumentException("The ceiling cannot be negative (" + ceiling + ").");
    }
    LocalDate first = p.firstDay() == null ? day : p.firstDay();
    if (!p.sendDays().contains(day.getDayOfWeek()) || day.isBefore(first)) {
      return 0;
    }
    long cap = p.dailyCap();
    if (p.rampStart() > 0) {
      long ramp = p.rampStart() + (long) p.rampStep() * sendDaysBetween(p.sendDays(), first, day);
      cap = Math.min(cap, ramp);
    }
    return (int) Math.min(cap, ceiling);
  }

  /**
   * The plan for {@code day}: the window is resolved on the instant timeline in the policy's zone
   * (a start or end inside a spring-forward gap moves forward as {@link ZonedDateTime#of} does; in
   * a fall-back overlap the earlier offset is used), the real elapsed time is cut into {@code cap}
   * equal intervals, and slot {@code i} lies at a jittered point of interval {@code i}. The jitter
   * comes from a {@link SplittableRandom} seeded by the campaign id and the day, so it looks
   * irregular to recipients yet is identical on every replica.
   *
   * <p>A window swallowed entirely by a spring-forward gap has no real time that day: the plan is
   * empty.
   */
  public DayPlan plan(long campaignId, PacingPolicy p, LocalDate day, int ceiling) {
    int cap = capFor(p, day, ceiling);
    Instant start = ZonedDateTime.of(day, p.windowStart(), p.zone()).toInstant();
    Instant end = ZonedDateTime.of(day, p.windowEnd(), p.zone()).toInstant();
    if (cap == 0 || !start.isBefore(end)) {
      return new DayPlan(day, p.zone(), 0, List.of());
    }
    // Microseconds: PostgreSQL's timestamp precision, and fine enough to keep slots distinct.
    long span = ChronoUnit.MICROS.between(start, end);
    SplittableRandom jitter = new SplittableRandom(seed(campaignId, day));
    List<Instant> slots = new ArrayList<>(cap);
    for (int i = 0; i < cap; i++) {
      long from = boundary(span, cap, i);
      long to = boundary(span, cap, i + 1);
      long at = from + (long) ((to - from) * jitter.nextDouble(JITTER_FROM, JITTER_TO));
      slots.add(start.plus(at, ChronoUnit.MICROS));
    }
    return new DayPlan(day, p.zone(), cap, slots);
  }

  /** The campaign's local day at {@code now}: the day key of its quota. */
  public LocalDate localDay(Instant now, ZoneId zone) {
    return now.atZone(zone).toLocalDate();
  }

  /** How many of the plan's slots are at or before {@code now}. */
  public int dueBy(DayPlan plan, Instant now) {
    int due = 0;
    for (Instant slot : plan.slots()) {
      if (slot.isAfter(now)) {
        break;
      }
      due++;
    }
    return due;
  }

  /**
   * The plans for {@code days} calendar days from {@code from} (off days included, empty), for the
   * schedule view. A campaign not started yet is previewed as if it started on {@code from}.
   */
  public List<DayPlan> upcoming(
      long campaignId, PacingPolicy p, LocalDate from, int days, int ceiling) {
    if (days < 0) {
      throw new IllegalArgumentException("Cannot plan a negative number of days (" + days + ").");
    }
    PacingPolicy started = p.firstDay() == null ? p.withFirstDay(from) : p;
    List<DayPlan> plans = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      plans.add(plan(campaignId, started, from.plusDays(i), ceiling));
    }
    return List.copyOf(plans);
  }

  /** Send days in {@code [from, toExclusive)}: whole weeks at once, then the few days left. */
  private static long sendDaysBetween(Set<DayOfWeek> sendDays, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    long count = (days / 7) * sendDays.size();
    for (LocalDate d = from.plusDays(days - days % 7); d.isBefore(to); d = d.plusDays(1)) {
      if (sendDays.contains(d.getDayOfWeek())) {
        count++;
      }
    }
    return count;
  }

  /** The start of interval {@code i} of {@code n}, i.e. floor(i × span / n) without overflow. */
  private static long boundary(long span, int n, int i) {
    return (span / n) * i + (span % n) * i / n;
  }

  /** Mixes id and day so that neighbouring campaigns and days get unrelated jitter. */
  private static long seed(long campaignId, LocalDate day) {
    return campaignId * 0x9E3779B97F4A7C15L + day.toEpochDay();
  }
}
