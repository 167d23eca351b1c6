package app.rapport.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the per-invitation answer links in a body, so BLAST can mask them like names. */
final class AnswerUrls {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/(?:a|u)/(?:v1\\.[A-Za-z0-9_.\\-]+|preview)\\S*");

  private AnswerUrls() {}

  /**
   * The body with each answer link blanked out (same length, so the guard's spans still point at
   * the right characters): our own links are not the "too many links" the guard warns about.
   */
  static String masked(String body) {
    if (body == null) {
      return null;
    }
    Matcher matcher = LINK.matcher(body);
    StringBuilder out = new StringBuilder(body);
    while (matcher.find()) {
      for (int i = matcher.start(); i < matcher.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  /**
   * The body with each answer link replaced by the same word. Every recipient's links differ, so
   * without this two emails that say exactly the same thing would never count as copies.
   */
  static String neutral(String body) {
    return body == null ? null : LINK.matcher(body).replaceAll("answer-link");
  }

  /** The opt-out links in a body (the {@code /u/} ones, which never expire). */
  static List<String> optOuts(String body) {
    return in(body).stream().filter(link -> link.contains("/u/")).toList();
  }

  static List<String> in(String body) {
    List<String> found = new ArrayList<>();
    Matcher matcher = LINK.matcher(body == null ? "" : body);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
