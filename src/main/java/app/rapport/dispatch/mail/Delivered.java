package app.rapport.dispatch.mail;

/**
 * The server replied 250 to the end of the message data, or the file outbox holds the message.
 *
 * @param detail the server's reply (often with its queue id) or the outbox file
 * @param code 250 for SMTP, {@link DeliveryResult#NO_REPLY_CODE} for the file outbox
 */
public record Delivered(String detail, int code) implements DeliveryResult {}
