package app.rapport.pacing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One campaign's sending plan for one local day: {@code cap} slots, sorted, each an instant at or
 * after which one more invitation may go.
 *
 * <p>The plan is a pure function of the campaign id, the policy and the day (see {@link
 * DayPlanner#plan}), so replicas never need to store or share it.
 *
 * @param day the campaign's local day the plan is for (the quota row's day key)
 * @param zone the zone {@code day} is read in
 * @param cap how many invitations may go that day; equals {@code slots.size()}
 * @param slots the instants, in ascending order
 */
public record DayPlan(LocalDate day, ZoneId zone, int cap, List<Instant> slots) {

  public DayPlan {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    slots = List.copyOf(slots);
    if (cap != slots.size()) {
      throw new IllegalArgumentException(
          "A plan needs one slot per invitation (cap " + cap + ", " + slots.size() + " slots).");
    }
    for (int i = 1; i < slots.size(); i++) {
      if (slots.get(i).isBefore(slots.get(i - 1))) {
        throw new IllegalArgumentException("A plan's slots must be in time order.");
      }
    }
  }

  /** Whether nothing may be sent that day (an off day, before the start, or a cap of 0). */
  public boolean isEmpty() {
    return cap == 0;
  }
}
