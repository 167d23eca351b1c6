package app.rapport.dispatch.mail;

/**
 * The message will never be accepted as it is: a 5xx reply to MAIL, RCPT, DATA or the end of data,
 * or a field refused before any traffic (see {@link UnsafeHeaderValue}).
 *
 * @param code the 5xx reply, or {@link DeliveryResult#NO_REPLY_CODE} when refused locally
 * @param addressRejected the recipient address itself was refused (a 5xx to RCPT such as {@code 550
 *     5.1.1}, or a {@code toAddress} that does not parse): suppress it
 */
public record PermanentFailure(String detail, int code, boolean addressRejected)
    implements DeliveryResult {}
