package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayPlannerCapTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);

  private final DayPlanner planner = new DayPlanner();

  private static PacingPolicy rampingFrom(LocalDate firstDay) {
    return new PacingPolicy(
        30,
        ZoneId.of("Europe/Berlin"),
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        Policies.WEEKDAYS,
        5,
        5,
        firstDay);
  }

  @Test
  void weekend_days_get_no_invitations_on_a_weekday_campaign() {
    PacingPolicy policy = Policies.berlinOfficeHours(20);

    assertThat(planner.capFor(policy, MONDAY, 50)).isEqualTo(20);
    assertThat(planner.capFor(policy, SATURDAY, 50)).isZero();
    assertThat(planner.capFor(policy, SATURDAY.plusDays(1), 50)).isZero();
    assertThat(planner.plan(7, policy, SATURDAY, 50).slots()).isEmpty();
  }

  @Test
  void ramps_up_by_the_step_on_send_days_only_until_the_daily_cap() {
    PacingPolicy policy = rampingFrom(MONDAY);
    List<Integer> weekdayCaps = new ArrayList<>();
    List<Integer> weekendCaps = new ArrayList<>();

    for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusWeeks(3)); day = day.plusDays(1)) {
      int cap = planner.capFor(policy, day, 50);
      boolean weekend = day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
      (weekend ? weekendCaps : weekdayCaps).add(cap);
    }

    assertThat(weekdayCaps)
        .containsExactly(5, 10, 15, 20, 25, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30);
    assertThat(weekendCaps).containsOnly(0);
  }

  @Test
  void a_campaign_first_started_on_a_weekend_begins_its_ramp_on_the_next_send_day() {
    PacingPolicy policy = rampingFrom(SATURDAY);

    assertThat(planner.capFor(policy, SATURDAY, 50)).isZero();
    assertThat(planner.capFor(policy, SATURDAY.plusDays(2), 50)).isEqualTo(5);
    assertThat(planner.capFor(policy, SATURDAY.plusDays(3), 50)).isEqualTo(10);
  }

  @Test
  void sends_nothing_before_the_first_day() {
    PacingPolicy policy = Policies.berlinOfficeHours(20).withFirstDay(MONDAY.plusWeeks(1));

    assertThat(planner.capFor(policy, MONDAY, 50)).isZero();
    assertThat(planner.capFor(policy, MONDAY.plusWeeks(1), 50)).isEqualTo(20);
  }

  @Test
  void a_campaign_not_started_yet_is_previewed_as_starting_on_the_day_asked_about() {
    PacingPolicy policy = rampingFrom(null);

    assertThat(planner.capFor(policy, MONDAY, 50)).isEqualTo(5);
  }

  @Test
  void the_ramp_reaches_the_daily_cap_years_later_without_overflowing() {
    PacingPolicy policy = rampingFrom(MONDAY);

    assertThat(planner.capFor(policy, MONDAY.plusYears(40), 50)).isEqualTo(30);
  }

  @Test
  void a_ramp_start_of_zero_means_the_full_cap_from_the_first_day() {
    PacingPolicy policy = Policies.berlinOfficeHours(30).withFirstDay(MONDAY);

    assertThat(planner.capFor(policy, MONDAY, 50)).isEqualTo(30);
  }

  @Test
  void the_operators_ceiling_overrides_a_higher_campaign_cap() {
    PacingPolicy policy = Policies.berlinOfficeHours(80);

    assertThat(planner.capFor(policy, MONDAY, DayPlanner.DEFAULT_CEILING)).isEqualTo(50);
    assertThat(planner.capFor(policy, MONDAY, 0)).isZero();
    assertThat(planner.capFor(rampingFrom(MONDAY), MONDAY, 3)).isEqualTo(3);
    assertThat(planner.plan(7, policy, MONDAY, 50).slots()).hasSize(50);
  }

  @Test
  void refuses_a_negative_ceiling() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> planner.capFor(Policies.berlinOfficeHours(5), MONDAY, -1))
        .withMessageContaining("ceiling cannot be negative");
  }

  @Test
  void a_cap_lowered_below_what_was_used_leaves_nothing_due_for_the_rest_of_the_day() {
    PacingPolicy before = Policies.berlinOfficeHours(30);
    PacingPolicy after = before.withDailyCap(10);
    int usedBeforeTheChange = 12;
    ZonedDateTime afternoon = MONDAY.atTime(15, 0).atZone(before.zone());

    DayPlan lowered = planner.plan(7, after, MONDAY, 50);

    assertThat(planner.dueBy(planner.plan(7, before, MONDAY, 50), afternoon.toInstant()))
        .isGreaterThan(usedBeforeTheChange);
    for (int hour = 15; hour < 24; hour++) {
      var now = MONDAY.atTime(hour, 0).atZone(after.zone()).toInstant();
      assertThat(Math.min(lowered.cap(), planner.dueBy(lowered, now)))
          .isLessThanOrEqualTo(usedBeforeTheChange);
    }
  }
}
