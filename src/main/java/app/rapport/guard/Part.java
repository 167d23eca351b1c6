package app.rapport.guard;

/** Which text a finding's span points into. */
public enum Part {
  SUBJECT,
  BODY,
  /** The draft or campaign as a whole (who it goes to, when, how often): there is no span. */
  DRAFT
}
