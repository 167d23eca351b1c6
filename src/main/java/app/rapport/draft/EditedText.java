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

  static void requireSafe(String field, String text) {
    if (text != null && TEMPLATE_TAG.matcher(text).find()) {
      throw new ApiError.Invalid(
          "The "
              + field
              + " contains a template tag ({{{, {{>, {{&…): write plain text; it is sent exactly as written.");
    }
  }
}
