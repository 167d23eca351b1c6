package app.rapport.guard;

/** How hard a finding stops a draft. */
public enum Severity {
  /** Stops approval and sending; the user must change the draft. */
  BLOCK,
  /** Shown to the user, who may approve anyway. */
  WARN
}
