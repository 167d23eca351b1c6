package app.rapport.draft.template;

/** Who a template is written to. */
public enum TemplateKind {
  /** A "digital coffee" invitation to the contact themselves. */
  INVITATION,
  /**
   * A request to a mutual connection (the contact) to introduce the user to someone else (the
   * {@code introducee}): often the better entry point when the person is far above you (seed 003).
   */
  INTRODUCTION_REQUEST
}
