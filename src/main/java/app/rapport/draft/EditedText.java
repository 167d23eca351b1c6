package app.rapport.draft;

import app.rapport.platform.problem.ApiError;
import java.util.regex.Pattern;

/**
 * Rules for text a user typed into a draft. It is stored and sent as written — never evaluated as a
 * template — but mustache-looking tags that could only be an attempt at template injection (triple
 * braces, partials, unescaped or delimiter tags) are refused so nothing downstream is tempted to
 * treat them as such.
 */
final class EditedText {

  private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{\\s*[{>&=<!]|\\}\\}\\}");

  private EditedText() {}

  /**
   * An edit may rewrite every word but not drop the opt-out link the draft was written with: it is
   * the recipient's way to stop all mail from the user, and nothing else in the text replaces it.
   */
  static void requireOptOutKept(String before, String after) {
    for (String link : AnswerUrls.optOuts(before)) {
      if (after == null || !after.contains(link)) {
        throw new ApiError.Invalid(
            "Keep the opt-out link in the text ("
                + link
                + "): it lets the recipient say no for good. Edit the words around it freely.");
      }
    }
  }

  static void requireSafe(String field, String text) {
    if (text != null && TEMPLATE_TAG.matcher(text).find()) {
      throw new ApiError.Invalid(
          "The "
              + field
              + " contains a template tag ({{{, {{>, {{&…): write plain text; it is sent exactly as written.");
    }
  }
}
