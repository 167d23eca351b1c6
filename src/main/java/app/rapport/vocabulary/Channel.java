package app.rapport.vocabulary;

/** How an invitation reaches its recipient. */
public enum Channel {
  /** Sent by Rapport over SMTP (or written to the file outbox). */
  EMAIL,
  /**
   * A channel with no API, such as a LinkedIn connection note: Rapport puts it on the day's task
   * list and the user sends it by hand.
   */
  MANUAL
}
