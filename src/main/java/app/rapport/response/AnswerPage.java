package app.rapport.response;

import java.util.List;

/**
 * One public page a recipient sees: a confirmation, a thank-you, or why a link does not work. No
 * recipient data on it beyond what they already have (the sender's name, the topic).
 *
 * @param status the HTTP status to answer with
 * @param root the relative way back to the site root from the page's URL (for the stylesheet)
 * @param link an optional button link (the sender's booking page)
 * @param forms the buttons that POST (the only way anything is recorded)
 */
public record AnswerPage(
    int status, String root, String title, String lead, Link link, String note, List<Form> forms) {

  /** A button that posts {@code choice} (if any) to {@code action}, relative to the page. */
  public record Form(String action, String choice, String label, boolean quiet) {}

  public record Link(String href, String label) {}

  public AnswerPage {
    forms = forms == null ? List.of() : List.copyOf(forms);
  }

  static AnswerPage message(int status, String title, String lead) {
    return new AnswerPage(status, "../", title, lead, null, null, List.of());
  }
}
