package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A list of words and phrases from {@code rules.properties}, found in a text as whole words and
 * regardless of case (see {@link PhraseNotation} for how a phrase is written). Phrases listed as
 * exceptions cancel any match they overlap, which keeps "a gift for storytelling" from reading as a
 * gift. Each phrase is its own pattern, compiled once; the text is case-folded once per search so
 * that a phrase whose plain words are absent is skipped without running its pattern (see {@link
 * PhrasePattern}).
 */
final class PhraseList {
  private final List<String> phrases;
  private final List<PhrasePattern> patterns;
  private final List<PhrasePattern> exceptions;

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
    String folded = PhrasePattern.fold(text);
    List<Span> all = spans(patterns, text, folded);
    if (all.isEmpty()) {
      return found;
    }
    List<Span> cancelled = spans(exceptions, text, folded);
    List<Span> matches =
        all.stream()
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

  /** Whether {@link #findIn} finds anything; without exceptions, the first match settles it. */
  boolean foundIn(String text) {
    if (!exceptions.isEmpty()) {
      return !findIn(text).isEmpty();
    }
    if (text == null || text.isEmpty()) {
      return false;
    }
    String folded = PhrasePattern.fold(text);
    return patterns.stream().anyMatch(p -> p.foundIn(text, folded));
  }

  private static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static List<Span> spans(List<PhrasePattern> patterns, String text, String folded) {
    List<Span> spans = new ArrayList<>();
    for (PhrasePattern pattern : patterns) {
      pattern.addMatches(text, folded, spans);
    }
    return spans;
  }

  private static List<PhrasePattern> compile(List<String> phrases) {
    return phrases.stream()
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .map(PhrasePattern::of)
        .toList();
  }
}
