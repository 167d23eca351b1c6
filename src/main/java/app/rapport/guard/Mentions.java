package app.rapport.guard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a value from the campaign or the contact (a post's title, an organisation, the value
 * offered) in the rendered text, the way a reader would: ignoring case, line breaks and the
 * difference between straight and curly quotes or between hyphens and dashes.
 */
final class Mentions {
  private Mentions() {}

  /** Where the value first appears in the text; empty when it does not, or when it is blank. */
  static Optional<Span> find(String text, String value) {
    if (text == null || value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = patternFor(value.strip()).matcher(text);
    return m.find() ? Optional.of(Span.of(text, m.start(), m.end())) : Optional.empty();
  }

  static boolean contains(String text, String value) {
    return find(text, value).isPresent();
  }

  private static Pattern patternFor(String value) {
    StringBuilder regex = new StringBuilder();
    if (Character.isLetterOrDigit(value.codePointAt(0))) {
      regex.append("(?<!\\w)");
    }
    boolean inSpace = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!inSpace) {
          regex.append("\\s+");
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      switch (c) {
        case '\'', '\u2018', '\u2019' -> regex.append("['\\u2018\\u2019]");
        case '"', '\u201c', '\u201d' -> regex.append("[\"\\u201c\\u201d]");
        case '-', '\u2013', '\u2014' -> regex.append("[-\\u2013\\u2014]");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (Character.isLetterOrDigit(value.codePointBefore(value.length()))) {
      regex.append("(?!\\w)");
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
