package app.rapport.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the per-invitation answer links in a body, so BLAST can mask them like names. */
final class AnswerUrls {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/(?:a|u)/v1\\.[A-Za-z0-9_.\\-]+\\S*");

  private AnswerUrls() {}

  static List<String> in(String body) {
    List<String> found = new ArrayList<>();
    Matcher matcher = LINK.matcher(body == null ? "" : body);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
