package app.rapport.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test texts for edited drafts. */
public final class Drafts {

  private static final Pattern OPT_OUT = Pattern.compile("https?://\\S+/u/\\S+");

  private Drafts() {}

  /**
   * {@code body} followed by the opt-out link of the invitation's current text, as a user's edit
   * must keep it (an edit that drops it is refused).
   */
  public static String keepingOptOut(Api user, long invitation, String body) {
    String current =
        user.request()
            .get("/api/invitations/" + invitation)
            .then()
            .statusCode(200)
            .extract()
            .path("body");
    Matcher link = OPT_OUT.matcher(current);
    return link.find() ? body + "\n\nPlease don't contact me again: " + link.group() : body;
  }
}
