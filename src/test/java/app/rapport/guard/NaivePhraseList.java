package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference for {@link PhraseList}: the original algorithm, kept verbatim, that runs every
 * phrase's expression over the whole text. Slow, obviously right; the fast list must agree with it.
 */
final class NaivePhraseList {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<Pattern> patterns;
  private final List<Pattern> exceptions;

  NaivePhraseList(List<String> phrases, List<String> exceptions) {
    this.patterns = compile(phrases);
    this.exceptions = compile(exceptions);
  }

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
