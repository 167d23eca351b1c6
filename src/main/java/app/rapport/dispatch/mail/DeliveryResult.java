package app.rapport.dispatch.mail;

/**
 * What became of one delivery attempt, in the terms the dispatcher acts on.
 *
 * <ul>
 *   <li>{@link Delivered}: mark SENT.
 *   <li>{@link TransientFailure}: the message is certainly not with the server; back to APPROVED,
 *       quota returned, retry later with backoff.
 *   <li>{@link PermanentFailure}: do not retry; suppress the address if {@code addressRejected}.
 *   <li>{@link OutcomeUnknown}: the data went out but the verdict did not come back; mark UNKNOWN
 *       and never retry automatically (a retry could be a duplicate invitation).
 * </ul>
 *
 * <p>{@code code} is the SMTP reply code where one was received, else {@link #NO_REPLY_CODE}.
 */
public sealed interface DeliveryResult
    permits Delivered, TransientFailure, PermanentFailure, OutcomeUnknown {

  /** The {@code code} of a result that did not come from an SMTP reply. */
  int NO_REPLY_CODE = 0;

  /** Human-readable explanation, for the invitation's history and logs. */
  String detail();
}
