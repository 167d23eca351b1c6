package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of words and phrases from {@code rules.properties}, found in a text as whole words and
 * regardless of case. The small notation phrases may use is explained at the top of that file: a
 * space stands for any run of spaces, hyphens, dashes or light punctuation, {@code '} for either
 * apostrophe, {@code #} for a number and {@code *} for the rest of a word. Phrases listed as
 * exceptions cancel any match they overlap, which keeps "a gift for storytelling" from reading as a
 * gift.
 */
final class PhraseList {
  private static final String SEPARATOR = "[\\s\\-\\u2013\\u2014,;:]+";
  private static final String NUMBER =
      "(?:\\d+(?:[.,]\\d+)?|forty[\\s-]five|twenty[\\s-]five|fifteen|twenty|thirty|forty|sixty"
          + "|ninety|one|two|three|four|five|six|seven|eight|nine|ten)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<String> phrases;
  private final Pattern pattern;
  private final Pattern exceptions;

  private PhraseList(List<String> phrases, List<String> exceptions) {
    this.phrases = List.copyOf(phrases);
    this.pattern = compile(phrases);
    this.exceptions = compile(exceptions);
  }

  static PhraseList of(List<String> phrases, List<String> exceptions) {
    return new PhraseList(phrases, exceptions);
  }

  static PhraseList of(List<String> phrases) {
    return new PhraseList(phrases, List.of());
  }

  List<String> phrases() {
    return phrases;
  }

  /** Every match in the text, left to right, without the ones an exception cancels. */
  List<Span> findIn(String text) {
    List<Span> found = new ArrayList<>();
    if (pattern == null || text == null || text.isEmpty()) {
      return found;
    }
    List<Span> cancelled = exceptions == null ? List.of() : spans(exceptions, text);
    for (Span span : spans(pattern, text)) {
      if (cancelled.stream().noneMatch(c -> c.start() < span.end() && span.start() < c.end())) {
        found.add(span);
      }
    }
    return found;
  }

  boolean foundIn(String text) {
    return !findIn(text).isEmpty();
  }

  private static List<Span> spans(Pattern pattern, String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(Span.of(text, m.start(), m.end()));
    }
    return spans;
  }

  /** One alternation, longest phrases first so that "gift card" wins over "gift". */
  private static Pattern compile(List<String> phrases) {
    List<String> sorted =
        phrases.stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    if (sorted.isEmpty()) {
      return null;
    }
    List<String> alternatives = sorted.stream().map(PhraseList::toRegex).toList();
    return Pattern.compile("(?<!\\w)(?:" + String.join("|", alternatives) + ")(?!\\w)", FLAGS);
  }

  static String toRegex(String phrase) {
    StringBuilder regex = new StringBuilder();
    boolean inSeparator = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      boolean separator = Character.isWhitespace(c) || c == '-';
      if (separator) {
        if (!inSeparator) {
          regex.append(SEPARATOR);
        }
        inSeparator = true;
        continue;
      }
      inSeparator = false;
      switch (c) {
        case '\'', '\u2019' -> regex.append("['\\u2019]");
        case '#' -> regex.append(NUMBER);
        case '*' -> regex.append("\\w*");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
