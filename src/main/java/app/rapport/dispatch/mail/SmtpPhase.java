package app.rapport.dispatch.mail;

/**
 * How far an SMTP transaction got, as seen by the client. What a failure means depends on it: any
 * failure before {@link #END_OF_DATA} leaves the server without a complete message, while a lost
 * reply after it leaves us not knowing whether the message was accepted.
 */
enum SmtpPhase {
  /** TCP connect, greeting, EHLO, STARTTLS, AUTH. */
  CONNECT,
  /** MAIL FROM sent. */
  MAIL,
  /** RCPT TO sent. */
  RCPT,
  /** DATA command sent, or message content being streamed (no terminating dot yet). */
  DATA,
  /** The terminating {@code .} (or last BDAT chunk) is being sent or its reply awaited. */
  END_OF_DATA,
  /** The server accepted the message with a 250 reply to the end of data. */
  ACCEPTED
}
