package app.rapport.dispatch.mail;

/**
 * The message was certainly not accepted and may be retried later: connection refused or timed out,
 * a 4xx reply at any phase, a connection lost before the end of the data, a session the server
 * refused before any mail transaction (greeting or authentication), or an outbox write that failed.
 *
 * @param code the 4xx/5xx reply, or {@link DeliveryResult#NO_REPLY_CODE}
 */
public record TransientFailure(String detail, int code) implements DeliveryResult {}
