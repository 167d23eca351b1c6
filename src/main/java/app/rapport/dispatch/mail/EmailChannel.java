package app.rapport.dispatch.mail;

/**
 * A way an invitation leaves Rapport by email.
 *
 * <p>Implementations classify every outcome into a {@link DeliveryResult} rather than throwing, so
 * the dispatcher never has to guess from an exception whether a message went out.
 */
public interface EmailChannel {

  /** Attempts one delivery; blocks at most for the channel's configured timeouts. */
  DeliveryResult deliver(OutgoingEmail email);
}
