package app.rapport.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the pages show them: to the minute, in UTC (the server knows no reader's zone). */
final class Dates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Dates() {}

  static String of(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }
}
