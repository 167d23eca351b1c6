package app.rapport.response;

/** What the user can record about an invitation, for any channel. */
public enum Outcome {
  /** They said yes (by mail, on LinkedIn, in person). */
  ACCEPTED,
  /** They said no. */
  DECLINED,
  /** The coffee happened. Recorded on a sent invitation, it implies the acceptance. */
  MET,
  /** They wrote back, not yet a yes or a no. */
  REPLIED,
  /** They asked not to be contacted again: final, and the address is suppressed. */
  OPTED_OUT
}
