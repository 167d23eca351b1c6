package app.rapport.pacing;

import static app.rapport.pacing.SlotAssertions.assertSpreadOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Days are local to the campaign; slots live on the instant timeline, DST or not. */
class DayPlannerTimeZoneTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

  private final DayPlanner planner = new DayPlanner();

  @Test
  void a_berlin_campaigns_day_does_not_roll_over_at_utc_midnight() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(planner.localDay(Instant.parse("2026-03-10T22:59:59Z"), berlin))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(planner.localDay(Instant.parse("2026-03-10T23:30:00Z"), berlin))
        .isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(planner.localDay(Instant.parse("2026-03-10T23:30:00Z"), NEW_YORK))
        .isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void a_berlin_window_after_local_midnight_starts_on_the_previous_utc_day() {
    PacingPolicy policy = Policies.window(4, "Europe/Berlin", "00:15", "02:15");
    Instant lateUtcEvening = Instant.parse("2026-03-10T23:30:00Z");
    LocalDate today = planner.localDay(lateUtcEvening, policy.zone());

    DayPlan plan = planner.plan(3, policy, today, 50);

    assertSpreadOver(
        plan, Instant.parse("2026-03-10T23:15:00Z"), Instant.parse("2026-03-11T01:15:00Z"));
    assertThat(planner.dueBy(plan, lateUtcEvening)).isEqualTo(1);
  }

  @Test
  void office_hours_in_berlin_are_eight_to_sixteen_utc_in_winter() {
    DayPlan plan = planner.plan(3, Policies.berlinOfficeHours(8), LocalDate.of(2026, 3, 11), 50);

    assertSpreadOver(
        plan, Instant.parse("2026-03-11T08:00:00Z"), Instant.parse("2026-03-11T16:00:00Z"));
  }

  @Test
  void no_slot_falls_in_the_missing_hour() {
    PacingPolicy policy = Policies.window(3, "America/New_York", "01:30", "04:00");

    DayPlan plan = planner.plan(5, policy, SPRING_FORWARD, 50);

    // 01:30 EST to 04:00 EDT is 1.5 real hours: three 30-minute intervals.
    assertSpreadOver(
        plan, Instant.parse("2026-03-08T06:30:00Z"), Instant.parse("2026-03-08T08:00:00Z"));
    assertThat(localTimes(plan))
        .noneMatch(t -> !t.isBefore(LocalTime.of(2, 0)) && t.isBefore(LocalTime.of(3, 0)));
  }

  @Test
  void a_window_starting_in_the_missing_hour_opens_when_the_clock_resumes() {
    PacingPolicy policy = Policies.window(3, "America/New_York", "02:30", "05:00");

    DayPlan plan = planner.plan(5, policy, SPRING_FORWARD, 50);

    // 02:30 does not exist that day; java.time moves it forward by the gap, to 03:30 EDT.
    assertSpreadOver(
        plan, Instant.parse("2026-03-08T07:30:00Z"), Instant.parse("2026-03-08T09:00:00Z"));
  }

  @Test
  void a_window_entirely_inside_the_missing_hour_sends_nothing_that_day() {
    PacingPolicy policy = Policies.window(3, "America/New_York", "02:00", "03:00");

    assertThat(planner.plan(5, policy, SPRING_FORWARD, 50).slots()).isEmpty();
    assertThat(planner.plan(5, policy, SPRING_FORWARD.plusDays(1), 50).slots()).hasSize(3);
  }

  @Test
  void no_slot_is_used_twice_in_the_repeated_hour() {
    PacingPolicy policy = Policies.window(7, "America/New_York", "00:30", "03:00");

    DayPlan plan = planner.plan(5, policy, FALL_BACK, 50);

    // 00:30 EDT to 03:00 EST is 3.5 real hours: seven 30-minute intervals, all distinct.
    assertSpreadOver(
        plan, Instant.parse("2026-11-01T04:30:00Z"), Instant.parse("2026-11-01T08:00:00Z"));
    // Both passes through 01:00-02:00 get their share: two slots in EDT, two in EST.
    Map<ZoneOffset, Long> oneOClockByOffset =
        plan.slots().stream()
            .map(slot -> slot.atZone(NEW_YORK))
            .filter(t -> t.getHour() == 1)
            .collect(Collectors.groupingBy(ZonedDateTime::getOffset, Collectors.counting()));
    assertThat(oneOClockByOffset)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ZoneOffset.ofHours(-4), 2L, ZoneOffset.ofHours(-5), 2L));
  }

  @Test
  void lord_howes_half_hour_shifts_shorten_and_lengthen_the_window_by_thirty_minutes() {
    PacingPolicy policy = Policies.window(5, "Australia/Lord_Howe", "01:00", "04:00");

    DayPlan spring = planner.plan(8, policy, LocalDate.of(2026, 10, 4), 50);
    DayPlan autumn = planner.plan(8, policy, LocalDate.of(2026, 4, 5), 50);

    // 02:00 +10:30 jumps to 02:30 +11:00 in October; 02:00 +11:00 falls back to 01:30 in April.
    assertSpreadOver(
        spring, Instant.parse("2026-10-03T14:30:00Z"), Instant.parse("2026-10-03T17:00:00Z"));
    assertThat(localTimes(spring))
        .noneMatch(t -> !t.isBefore(LocalTime.of(2, 0)) && t.isBefore(LocalTime.of(2, 30)));
    assertSpreadOver(
        autumn, Instant.parse("2026-04-04T14:00:00Z"), Instant.parse("2026-04-04T17:30:00Z"));
  }

  @Test
  void results_depend_only_on_the_policys_zone_never_on_the_jvms() {
    // Nothing global is set here (surefire runs this JVM in America/Sao_Paulo on purpose).
    LocalDate day = LocalDate.of(2026, 6, 10);
    Function<String, DayPlan> planIn =
        zone -> planner.plan(11, Policies.window(6, zone, "09:00", "17:00"), day, 50);

    DayPlan utc = planIn.apply("UTC");
    DayPlan kathmandu = planIn.apply("Asia/Kathmandu");

    assertSpreadOver(
        utc, Instant.parse("2026-06-10T09:00:00Z"), Instant.parse("2026-06-10T17:00:00Z"));
    // Same local window and jitter, so the Kathmandu slots are the UTC ones 5h45 earlier.
    Duration offset = Duration.ofHours(5).plusMinutes(45);
    assertThat(kathmandu.slots())
        .containsExactlyElementsOf(utc.slots().stream().map(t -> t.minus(offset)).toList());
    assertThat(planner.localDay(Instant.parse("2026-06-10T19:00:00Z"), kathmandu.zone()))
        .isEqualTo(day.plusDays(1));
  }

  private static List<LocalTime> localTimes(DayPlan plan) {
    return plan.slots().stream().map(slot -> slot.atZone(plan.zone()).toLocalTime()).toList();
  }
}
