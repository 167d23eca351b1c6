package app.rapport.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase of a {@link PhraseList}, compiled once: its regular expression, the longest stretch of
 * plain characters every match contains (its anchor, see {@link PhraseNotation#anchor}) and the
 * characters a match can start with. A draft is checked against a few hundred phrases and contains
 * almost none of them, yet running each expression over the whole body cost about 15 ms a draft.
 * Now a phrase whose anchor is not in the case-folded text is skipped, and the expression of one
 * that may match is tried only at offsets holding a possible first character. Both are necessary
 * conditions of a match, so the matches are exactly those of {@link Matcher#find()} alone.
 */
final class PhrasePattern {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Pattern pattern;
  private final String anchor;
  private final String firstChars;

  private PhrasePattern(Pattern pattern, String anchor, String firstChars) {
    this.pattern = pattern;
    this.anchor = anchor;
    this.firstChars = firstChars;
  }

  /** The phrase, stripped and not blank, in the notation of {@link PhraseNotation}. */
  static PhrasePattern of(String phrase) {
    return new PhrasePattern(
        Pattern.compile("(?<!\\w)" + PhraseNotation.toRegex(phrase) + "(?!\\w)", FLAGS),
        PhraseNotation.anchor(phrase),
        PhraseNotation.firstChars(phrase));
  }

  /**
   * The text with every char case-folded the way {@link Pattern#CASE_INSENSITIVE} with {@link
   * Pattern#UNICODE_CASE} compares a char with a literal: lower case of upper case. The folded text
   * has the same length, so a char that matches a literal sits at the same offset in both.
   */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 128) {
        chars[i] = fold(c);
      } else if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Adds every match in the text, in the order {@link Matcher#find()} returns them; {@code folded}
   * is {@link #fold(String) fold(text)}, shared by all the phrases of a list.
   */
  void addMatches(String text, String folded, List<Span> into) {
    if (!folded.contains(anchor)) {
      return;
    }
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int at = 0;
    while (next(m, text, folded, at)) {
      into.add(Span.of(text, m.start(), m.end()));
      at = Math.max(m.end(), m.start() + 1);
    }
  }

  /** Whether the phrase occurs in the text at all; stops at the first match. */
  boolean foundIn(String text, String folded) {
    return folded.contains(anchor)
        && next(pattern.matcher(text).useTransparentBounds(true), text, folded, 0);
  }

  /**
   * Replays {@link Matcher#find(int)} from {@code from}: the first offset, in order, at which the
   * expression matches. Where the first characters are known the expression is tried only at
   * offsets holding one of them and not preceded by a word character (every expression starts with
   * {@code (?<!\w)}, and {@code \w} holds at least {@code [a-zA-Z_0-9]}); elsewhere it cannot
   * match. The matcher's bounds are transparent, so its look-behind still sees the text before.
   */
  private boolean next(Matcher m, String text, String folded, int from) {
    if (firstChars == null) {
      return from <= text.length() && m.find(from);
    }
    for (int at = candidate(folded, from); at >= 0; at = candidate(folded, at + 1)) {
      if (at > 0 && isAsciiWord(text.charAt(at - 1))) {
        continue;
      }
      m.region(at, text.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The first offset from {@code from} holding one of the first characters, or -1. */
  private int candidate(String folded, int from) {
    if (firstChars.length() == 1) {
      return folded.indexOf(firstChars.charAt(0), from);
    }
    for (int at = from; at < folded.length(); at++) {
      if (firstChars.indexOf(folded.charAt(at)) >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
