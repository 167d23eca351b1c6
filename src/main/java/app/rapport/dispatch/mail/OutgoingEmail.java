package app.rapport.dispatch.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One invitation, ready to leave: everything a channel needs and nothing it must look up.
 *
 * <p>The {@code messageId} and {@code date} are fixed and stored by the dispatcher <em>before</em>
 * delivery, so the copy that reaches the recipient (or the outbox) carries exactly the identity
 * recorded in the database, and a retry of the same invitation is recognisably the same message.
 * Nothing here is trusted: {@link MessageComposer} checks every field that can reach a header.
 *
 * @param messageId e.g. {@code <uuid@rapport.local>}
 * @param fromName display name of the sender; null or blank for none
 * @param replyTo nullable
 * @param toName display name of the recipient; null or blank for none
 * @param htmlBody nullable; when present the message is multipart/alternative
 * @param listUnsubscribeUrl http(s) URL for the RFC 8058 one-click opt-out POST; nullable
 * @param listUnsubscribeMailto {@code mailto:} opt-out address; nullable
 * @param date the Date header, taken from here and never from the clock
 */
public record OutgoingEmail(
    String messageId,
    String fromAddress,
    String fromName,
    String replyTo,
    String toAddress,
    String toName,
    String subject,
    String textBody,
    String htmlBody,
    String listUnsubscribeUrl,
    String listUnsubscribeMailto,
    Instant date) {

  public OutgoingEmail {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(fromAddress, "fromAddress");
    Objects.requireNonNull(toAddress, "toAddress");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
    Objects.requireNonNull(date, "date");
  }
}
