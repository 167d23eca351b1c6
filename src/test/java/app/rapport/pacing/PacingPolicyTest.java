package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PacingPolicyTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE = LocalTime.of(17, 0);

  @Test
  void refuses_a_negative_daily_cap() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(-1, BERLIN, NINE, FIVE, Policies.WEEKDAYS, 0, 0, null))
        .withMessageContaining("daily cap cannot be negative");
  }

  @Test
  void accepts_a_daily_cap_of_zero_to_pause_a_campaign() {
    PacingPolicy paused = new PacingPolicy(0, BERLIN, NINE, FIVE, Policies.WEEKDAYS, 0, 0, null);

    assertThat(paused.dailyCap()).isZero();
  }

  @Test
  void refuses_a_window_that_ends_before_it_starts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, FIVE, NINE, Policies.WEEKDAYS, 0, 0, null))
        .withMessageContaining("must start before it ends")
        .withMessageContaining("17:00 is not before 09:00");
  }

  @Test
  void refuses_an_empty_window() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, NINE, NINE, Policies.WEEKDAYS, 0, 0, null))
        .withMessageContaining("must start before it ends");
  }

  @Test
  void refuses_a_missing_window_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, null, FIVE, Policies.WEEKDAYS, 0, 0, null))
        .withMessageContaining("start and an end");
  }

  @Test
  void refuses_a_policy_without_send_days() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, NINE, FIVE, Set.of(), 0, 0, null))
        .withMessageContaining("at least one weekday");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, NINE, FIVE, null, 0, 0, null))
        .withMessageContaining("at least one weekday");
  }

  @Test
  void refuses_a_policy_without_a_zone() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, null, NINE, FIVE, Policies.WEEKDAYS, 0, 0, null))
        .withMessageContaining("time zone");
  }

  @Test
  void refuses_a_negative_ramp_up() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, NINE, FIVE, Policies.WEEKDAYS, -1, 5, null))
        .withMessageContaining("ramp-up cannot be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PacingPolicy(5, BERLIN, NINE, FIVE, Policies.WEEKDAYS, 5, -1, null))
        .withMessageContaining("ramp-up cannot be negative");
  }

  @Test
  void keeps_its_send_days_even_if_the_callers_set_changes_later() {
    Set<DayOfWeek> days = new HashSet<>(EnumSet.of(DayOfWeek.MONDAY));
    PacingPolicy policy = new PacingPolicy(5, BERLIN, NINE, FIVE, days, 0, 0, null);

    days.add(DayOfWeek.SUNDAY);

    assertThat(policy.sendDays()).containsExactly(DayOfWeek.MONDAY);
  }

  @Test
  void with_first_day_and_with_daily_cap_change_only_that_field() {
    PacingPolicy policy = Policies.berlinOfficeHours(30);
    LocalDate start = LocalDate.of(2026, 3, 2);

    assertThat(policy.withFirstDay(start))
        .isEqualTo(new PacingPolicy(30, BERLIN, NINE, FIVE, Policies.WEEKDAYS, 0, 0, start));
    assertThat(policy.withDailyCap(10).dailyCap()).isEqualTo(10);
    assertThat(policy.withDailyCap(10).withDailyCap(30)).isEqualTo(policy);
  }
}
