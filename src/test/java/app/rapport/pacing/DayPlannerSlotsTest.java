package app.rapport.pacing;

import static app.rapport.pacing.SlotAssertions.assertSpreadOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayPlannerSlotsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 10);
  private static final Instant NINE_UTC = Instant.parse("2026-06-10T09:00:00Z");
  private static final Instant FIVE_UTC = Instant.parse("2026-06-10T17:00:00Z");

  private final DayPlanner planner = new DayPlanner();

  @Test
  void a_cap_of_zero_plans_no_slots() {
    DayPlan plan = planner.plan(1, Policies.window(0, "UTC", "09:00", "17:00"), DAY, 50);

    assertThat(plan.cap()).isZero();
    assertThat(plan.slots()).isEmpty();
    assertThat(plan.isEmpty()).isTrue();
  }

  @Test
  void a_cap_of_one_puts_its_slot_inside_the_window_away_from_the_edges() {
    DayPlan plan = planner.plan(1, Policies.window(1, "UTC", "09:00", "17:00"), DAY, 50);

    assertThat(plan.slots()).hasSize(1);
    assertSpreadOver(plan, NINE_UTC, FIVE_UTC);
  }

  @Test
  void a_cap_of_fifty_spreads_sorted_distinct_slots_over_the_whole_window() {
    DayPlan plan = planner.plan(1, Policies.window(50, "UTC", "09:00", "17:00"), DAY, 50);

    assertThat(plan.slots()).hasSize(50);
    assertSpreadOver(plan, NINE_UTC, FIVE_UTC);
  }

  @Test
  void fifty_slots_fit_distinct_and_sorted_in_a_one_minute_window() {
    DayPlan plan = planner.plan(1, Policies.window(50, "UTC", "09:00", "09:01"), DAY, 50);

    assertSpreadOver(plan, NINE_UTC, NINE_UTC.plusSeconds(60));
  }

  @Test
  void the_same_campaign_and_day_always_get_the_same_slots() {
    PacingPolicy policy = Policies.window(20, "Europe/Berlin", "09:00", "17:00");

    assertThat(new DayPlanner().plan(42, policy, DAY, 50))
        .isEqualTo(new DayPlanner().plan(42, policy, DAY, 50));
  }

  @Test
  void the_plan_for_a_known_campaign_and_day_never_changes_between_releases() {
    // Replicas on different releases must agree mid-day: changing the jitter breaks this test.
    DayPlan plan = planner.plan(42, Policies.window(3, "UTC", "09:00", "12:00"), DAY, 50);

    assertThat(plan.slots())
        .containsExactly(
            Instant.parse("2026-06-10T09:31:24.845600Z"),
            Instant.parse("2026-06-10T10:53:06.776578Z"),
            Instant.parse("2026-06-10T11:19:29.412622Z"));
  }

  @Test
  void different_campaigns_get_different_jitter_on_the_same_day() {
    PacingPolicy policy = Policies.window(20, "UTC", "09:00", "17:00");

    List<Instant> one = planner.plan(1, policy, DAY, 50).slots();
    List<Instant> two = planner.plan(2, policy, DAY, 50).slots();

    for (int i = 0; i < one.size(); i++) {
      assertThat(one.get(i)).as("slot %d", i).isNotEqualTo(two.get(i));
    }
  }

  @Test
  void one_campaign_gets_a_different_rhythm_each_day() {
    PacingPolicy policy = Policies.window(20, "UTC", "09:00", "17:00");

    List<Duration> today = offsets(planner.plan(1, policy, DAY, 50));
    List<Duration> tomorrow = offsets(planner.plan(1, policy, DAY.plusDays(1), 50));

    assertThat(today).isNotEqualTo(tomorrow);
  }

  @Test
  void due_by_counts_slots_at_or_before_now() {
    DayPlan plan = planner.plan(1, Policies.window(10, "UTC", "09:00", "17:00"), DAY, 50);
    Instant third = plan.slots().get(2);

    assertThat(planner.dueBy(plan, NINE_UTC)).isZero();
    assertThat(planner.dueBy(plan, plan.slots().getFirst().minusNanos(1))).isZero();
    assertThat(planner.dueBy(plan, plan.slots().getFirst())).isEqualTo(1);
    assertThat(planner.dueBy(plan, third.minusNanos(1))).isEqualTo(2);
    assertThat(planner.dueBy(plan, third)).isEqualTo(3);
    assertThat(planner.dueBy(plan, plan.slots().getLast())).isEqualTo(10);
    assertThat(planner.dueBy(plan, FIVE_UTC.plus(Duration.ofDays(3)))).isEqualTo(10);
  }

  @Test
  void nothing_is_ever_due_on_an_empty_plan() {
    DayPlan plan = planner.plan(1, Policies.berlinOfficeHours(10), LocalDate.of(2026, 6, 13), 50);

    assertThat(planner.dueBy(plan, Instant.parse("2026-06-13T23:59:59Z"))).isZero();
  }

  @Test
  void upcoming_lists_one_plan_per_calendar_day_including_empty_off_days() {
    PacingPolicy policy = Policies.berlinOfficeHours(10);
    LocalDate monday = LocalDate.of(2026, 6, 8);

    List<DayPlan> week = planner.upcoming(9, policy, monday, 7, 50);

    assertThat(week)
        .extracting(DayPlan::day)
        .containsExactlyElementsOf(monday.datesUntil(monday.plusDays(7)).toList());
    assertThat(week).extracting(DayPlan::cap).containsExactly(10, 10, 10, 10, 10, 0, 0);
    assertThat(week.get(3)).isEqualTo(planner.plan(9, policy, monday.plusDays(3), 50));
    assertThat(planner.upcoming(9, policy, monday, 0, 50)).isEmpty();
  }

  @Test
  void upcoming_previews_an_unstarted_campaign_ramping_up_from_the_first_day_shown() {
    PacingPolicy policy =
        new PacingPolicy(
            30,
            ZoneId.of("UTC"),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            Policies.WEEKDAYS,
            5,
            5,
            null);

    List<DayPlan> preview = planner.upcoming(9, policy, LocalDate.of(2026, 6, 11), 5, 50);

    assertThat(preview).extracting(DayPlan::cap).containsExactly(5, 10, 0, 0, 15);
  }

  @Test
  void refuses_to_plan_a_negative_number_of_days() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> planner.upcoming(9, Policies.berlinOfficeHours(10), DAY, -1, 50));
  }

  @Test
  void a_plan_refuses_slots_out_of_order_or_a_cap_that_does_not_match() {
    ZoneId utc = ZoneId.of("UTC");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DayPlan(DAY, utc, 2, List.of(FIVE_UTC, NINE_UTC)))
        .withMessageContaining("time order");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DayPlan(DAY, utc, 3, List.of(NINE_UTC, FIVE_UTC)))
        .withMessageContaining("one slot per invitation");
  }

  private static List<Duration> offsets(DayPlan plan) {
    Instant start = plan.day().atTime(9, 0).atZone(plan.zone()).toInstant();
    return plan.slots().stream().map(slot -> Duration.between(start, slot)).toList();
  }
}
