package app.rapport.response;

/** How an answer reached Rapport; also a bounded label of the outcome meters. */
public enum AnswerSource {
  /** The confirmation page of an answer or opt-out link. */
  LINK,
  /** An RFC 8058 one-click unsubscribe POST from the mailbox provider. */
  ONE_CLICK,
  /** Recorded by the user through the outcomes API. */
  USER,
  /** Found in the reply inbox (a reply or a delivery report). */
  MAIL
}
