package app.rapport.pacing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** Policies the pacing tests start from; each test changes only what it is about. */
final class Policies {

  static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  private Policies() {}

  /** Every day, no ramp-up, started long ago. */
  static PacingPolicy window(int cap, String zone, String start, String end) {
    return new PacingPolicy(
        cap,
        ZoneId.of(zone),
        LocalTime.parse(start),
        LocalTime.parse(end),
        EVERY_DAY,
        0,
        0,
        LocalDate.of(2020, 1, 1));
  }

  /** 09:00–17:00 in Berlin on weekdays, no ramp-up, started long ago. */
  static PacingPolicy berlinOfficeHours(int cap) {
    return new PacingPolicy(
        cap,
        ZoneId.of("Europe/Berlin"),
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        WEEKDAYS,
        0,
        0,
        LocalDate.of(2020, 1, 1));
  }
}
