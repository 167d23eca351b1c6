package app.rapport.dispatch.mail;

/**
 * The complete message was sent but no verdict came back (connection dropped or read timeout after
 * the end of data). The server may have accepted it, so it must never be retried automatically.
 */
public record OutcomeUnknown(String detail) implements DeliveryResult {}
