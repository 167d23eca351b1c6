package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of words and phrases from {@code rules.properties}, found in a text as whole words and
 * regardless of case (see {@link PhraseNotation} for how a phrase is written). Phrases listed as
 * exceptions cancel any match they overlap, which keeps "a gift for storytelling" from reading as a
 * gift. Each phrase is its own pattern: the lists are short, and so are invitations.
 */
final class PhraseList {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<String> phrases;
  private final List<Pattern> patterns;
  private final List<Pattern> exceptions;

  private PhraseList(List<String> phrases, List<String> exceptions) {
    this.phrases = List.copyOf(phrases);
    this.patterns = compile(phrases);
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

  /**
   * Every stretch of the text that one or more phrases cover, left to right. Overlapping matches
   * are merged, so "a $50 gift card" is one stretch even though "$# gift*" and "gift card*" both
   * match; matches an exception overlaps are dropped first.
   */
  List<Span> findIn(String text) {
    List<Span> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    List<Span> cancelled = spans(exceptions, text);
    List<Span> matches =
        spans(patterns, text).stream()
            .filter(m -> cancelled.stream().noneMatch(c -> overlap(c, m)))
            .sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
            .toList();
    for (Span match : matches) {
      Span last = found.isEmpty() ? null : found.getLast();
      if (last != null && overlap(last, match)) {
        found.set(found.size() - 1, Span.of(text, last.start(), Math.max(last.end(), match.end())));
      } else {
        found.add(match);
      }
    }
    return found;
  }

  boolean foundIn(String text) {
    return !findIn(text).isEmpty();
  }

  private static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static List<Span> spans(List<Pattern> patterns, String text) {
    List<Span> spans = new ArrayList<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        spans.add(Span.of(text, m.start(), m.end()));
      }
    }
    return spans;
  }

  private static List<Pattern> compile(List<String> phrases) {
    return phrases.stream()
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .map(p -> Pattern.compile("(?<!\\w)" + PhraseNotation.toRegex(p) + "(?!\\w)", FLAGS))
        .toList();
  }
}
