package app.rapport.contact.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The line naming the columns, found before any data is parsed: it fixes the delimiter and where
 * the data starts.
 *
 * <p>The header is the first non-blank line, except in LinkedIn's Connections.csv, which opens with
 * a preamble ({@code Notes:}, a quoted paragraph about missing email addresses, a blank line): when
 * the first line starts with "Notes:", lines are skipped up to the one containing "First Name". The
 * delimiter is whichever of {@code ,} {@code ;} and tab occurs most often outside quotes in the
 * header (a comma when none does): Excel writes {@code ;} in locales whose decimal separator is a
 * comma, and "CSV" from other tools is often tab-separated.
 *
 * @param line the physical line of the header, 1-based
 * @param delimiter the delimiter of the whole file
 * @param cells the header cells, trimmed
 */
record HeaderLine(int line, char delimiter, List<String> cells) {

  private static final int MAX_PREAMBLE_LINES = 20;
  private static final char[] DELIMITERS = {',', ';', '\t'};

  /**
   * Reads lines up to and including the header, leaving {@code in} at the first data line; empty
   * when the file has no header (only blank lines, or a preamble without one).
   */
  static Optional<HeaderLine> locate(PushbackReader in, long maxLineChars) throws IOException {
    int line = 0;
    String text;
    do {
      text = readLine(in, maxLineChars, line + 1);
      line++;
    } while (text != null && text.isBlank());
    if (text != null && isNotes(text)) {
      int preambleEnd = line + MAX_PREAMBLE_LINES;
      while (text != null && !text.toLowerCase(Locale.ROOT).contains("first name")) {
        if (line == preambleEnd) {
          return Optional.empty();
        }
        text = readLine(in, maxLineChars, line + 1);
        line++;
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    char delimiter = delimiterOf(text);
    return Optional.of(new HeaderLine(line, delimiter, cells(text, delimiter)));
  }

  private static boolean isNotes(String text) {
    String start = text.strip();
    if (start.startsWith("\"")) {
      start = start.substring(1);
    }
    return start.toLowerCase(Locale.ROOT).startsWith("notes:");
  }

  static char delimiterOf(String header) {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
        counts[d] += c == DELIMITERS[d] ? 1 : 0;
      }
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      best = counts[d] > counts[best] ? d : best;
    }
    return DELIMITERS[best];
  }

  private static List<String> cells(String header, char delimiter) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser parser = CSVParser.parse(header, format)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty()
          ? List.of()
          : records.getFirst().stream().map(String::strip).toList();
    } catch (IOException | UncheckedIOException e) {
      // A malformed header (say "a"b,c) is read as plain text rather than refused outright.
      return Arrays.stream(header.split(Pattern.quote(String.valueOf(delimiter)), -1))
          .map(String::strip)
          .toList();
    }
  }

  /** One physical line without its line break, or null at the end of input. */
  private static String readLine(PushbackReader in, long maxLineChars, int line)
      throws IOException {
    StringBuilder text = new StringBuilder();
    int c = in.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (text.length() == maxLineChars) {
        throw new CsvLimitExceeded(
            CsvLimitExceeded.Kind.FIELD,
            "line " + line + " is longer than " + Sizes.count(maxLineChars) + " characters");
      }
      text.append((char) c);
      c = in.read();
    }
    if (c == '\r') {
      int next = in.read();
      if (next >= 0 && next != '\n') {
        in.unread(next);
      }
    }
    return text.toString();
  }
}
