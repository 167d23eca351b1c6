package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** Checks the shape every plan must have, whatever its zone and day. */
final class SlotAssertions {

  private SlotAssertions() {}

  /**
   * The slots are sorted, distinct, and slot {@code i} lies within the middle 80% of the {@code
   * i}-th of {@code cap} equal parts of the real time between {@code start} and {@code end}.
   */
  static void assertSpreadOver(DayPlan plan, Instant start, Instant end) {
    List<Instant> slots = plan.slots();
    assertThat(slots).hasSize(plan.cap()).isSorted();
    assertThat(new HashSet<>(slots)).hasSize(slots.size());
    Duration interval = Duration.between(start, end).dividedBy(plan.cap());
    for (int i = 0; i < slots.size(); i++) {
      Instant from = start.plus(interval.multipliedBy(i));
      assertThat(slots.get(i))
          .as("slot %d of %d", i, plan.cap())
          .isBetween(
              from.plus(interval.multipliedBy(9).dividedBy(100)),
              from.plus(interval.multipliedBy(91).dividedBy(100)));
    }
    if (!slots.isEmpty()) {
      assertThat(slots.getFirst()).isAfterOrEqualTo(start);
      assertThat(slots.getLast()).isBefore(end);
    }
  }
}
