package app.rapport.contact.csv;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Time zones, dates and invisible characters: the cell formats that are not addresses. */
final class FieldFormats {

  private static final Map<String, String> ZONES_BY_LOWER_CASE =
      ZoneId.getAvailableZoneIds().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  id -> id.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));

  /** ISO dates, and LinkedIn's "12 Mar 2024" (also with the month spelt out). */
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          english("d MMM uuuu"),
          english("d MMMM uuuu"));

  private FieldFormats() {}

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The IANA id ({@link ZoneId#getAvailableZoneIds()}) the text names, ignoring case
   * ("europe/berlin" is Europe/Berlin). Offsets such as "+01:00" or "CET+1" are refused: pacing
   * needs the region's daylight saving rules, which an offset does not carry.
   */
  static Optional<String> timeZone(String text) {
    return Optional.ofNullable(ZONES_BY_LOWER_CASE.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  static Optional<LocalDate> date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /**
   * The first character no cell may hold, or -1: any control character (Unicode category Cc) and
   * the line and paragraph separators U+2028/U+2029. They are how a name like "Alice\r\nBcc:
   * x@evil" smuggles a header into an email, and how text hides from review. Free text (notes) may
   * keep tabs and line breaks.
   */
  static int forbiddenCharacter(String value, boolean freeText) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = freeText && (c == '\t' || c == '\n' || c == '\r');
      if ((isControl(c) && !allowed) || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Unicode category Cc, which is exactly C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F): the same
   * answer as {@code Character.getType(c) == Character.CONTROL} without a table lookup per char.
   */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
