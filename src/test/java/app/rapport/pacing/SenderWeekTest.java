package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SenderWeekTest {

  private final SenderWeek week = new SenderWeek();

  @Test
  void a_week_starts_on_the_monday_that_holds_the_day() {
    LocalDate monday = LocalDate.of(2026, 3, 9);

    assertThat(SenderWeek.weekStart(monday)).isEqualTo(monday);
    assertThat(SenderWeek.weekStart(monday.plusDays(3))).isEqualTo(monday);
    assertThat(SenderWeek.weekStart(monday.plusDays(6))).isEqualTo(monday);
    assertThat(SenderWeek.weekStart(monday.plusDays(7))).isEqualTo(monday.plusDays(7));
  }

  @Test
  void a_week_spanning_new_year_starts_in_the_old_year() {
    assertThat(SenderWeek.weekStart(LocalDate.of(2026, 1, 1)))
        .isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Test
  void the_default_budget_is_fifty_a_day_and_a_hundred_a_week() {
    assertThat(SenderBudget.defaults()).isEqualTo(new SenderBudget(50, 100));
  }

  @Test
  void the_day_limits_a_sender_with_a_fresh_week() {
    assertThat(week.remaining(SenderBudget.defaults(), 0, 0)).isEqualTo(50);
    assertThat(week.remaining(SenderBudget.defaults(), 45, 45)).isEqualTo(5);
  }

  @Test
  void the_week_limits_a_sender_who_has_sent_most_of_it_already() {
    assertThat(week.remaining(SenderBudget.defaults(), 10, 95)).isEqualTo(5);
    assertThat(week.remaining(SenderBudget.defaults(), 0, 100)).isZero();
  }

  @Test
  void a_budget_lowered_below_what_was_used_leaves_nothing_rather_than_a_negative() {
    assertThat(week.remaining(new SenderBudget(10, 100), 12, 12)).isZero();
    assertThat(week.remaining(new SenderBudget(50, 20), 5, 30)).isZero();
  }

  @Test
  void refuses_a_negative_budget_or_usage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SenderBudget(-1, 100))
        .withMessageContaining("cannot be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> week.remaining(SenderBudget.defaults(), -1, 0))
        .withMessageContaining("cannot be negative");
  }
}
