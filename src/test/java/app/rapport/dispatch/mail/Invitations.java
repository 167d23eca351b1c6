package app.rapport.dispatch.mail;

import java.time.Instant;

/** A realistic invitation to start each test from; tests change only the field they are about. */
final class Invitations {

  static final String MESSAGE_ID = "<0f8e2b1c-5d7a-4e39-9c61-2b7f4a8d9e10@rapport.local>";
  static final Instant DATE = Instant.parse("2025-03-14T09:26:53Z");

  String messageId = MESSAGE_ID;
  String fromAddress = "marta@example.org";
  String fromName = "Marta Núñez";
  String replyTo = "marta.replies@example.org";
  String toAddress = "jonas@example.net";
  String toName = "Jonas Åberg";
  String subject = "Kaffee nächste Woche? ☕";
  String textBody = "Hallo Jonas,\nich habe deinen Vortrag über Løsninger gesehen.\nMarta";
  String htmlBody = null;
  String listUnsubscribeUrl = "https://rapport.example.org/o/abc123";
  String listUnsubscribeMailto = "mailto:optout@rapport.example.org?subject=abc123";
  Instant date = DATE;

  static Invitations invitation() {
    return new Invitations();
  }

  OutgoingEmail build() {
    return new OutgoingEmail(
        messageId,
        fromAddress,
        fromName,
        replyTo,
        toAddress,
        toName,
        subject,
        textBody,
        htmlBody,
        listUnsubscribeUrl,
        listUnsubscribeMailto,
        date);
  }
}
