package app.rapport.dispatch.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Builds the one MimeMessage both channels send or store, so the SMTP copy and the {@code .eml}
 * copy of an invitation can never differ in their headers.
 *
 * <p>Header safety is the point of this class. User text reaches headers only through Jakarta
 * Mail's encoding setters ({@code setSubject(text, "UTF-8")}, {@link InternetAddress} with a
 * personal name), after {@link HeaderText#requireSafe} has refused line breaks and control
 * characters. Addresses are parsed strictly and must be bare ({@code name@example.org}, no display
 * name, no group, ASCII only since we do not negotiate SMTPUTF8). {@code setHeader} is used only
 * for {@code List-Unsubscribe} (built by {@link ListUnsubscribe} from validated URIs), the constant
 * {@code List-Unsubscribe-Post}, and the validated Message-ID in {@link FixedIdMimeMessage}.
 */
public final class MessageComposer {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  /**
   * Composes and {@linkplain MimeMessage#saveChanges() saves} the message.
   *
   * @throws UnsafeHeaderValue if any header-bound field is unsafe or malformed; nothing is built
   */
  public MimeMessage compose(Session session, OutgoingEmail email) {
    try {
      MimeMessage message = new FixedIdMimeMessage(session, email.messageId());
      message.setFrom(address("fromAddress", email.fromAddress(), "fromName", email.fromName()));
      message.setRecipient(
          Message.RecipientType.TO,
          address("toAddress", email.toAddress(), "toName", email.toName()));
      if (email.replyTo() != null) {
        message.setReplyTo(new Address[] {address("replyTo", email.replyTo(), "replyTo", null)});
      }
      message.setSentDate(Date.from(email.date()));
      message.setSubject(HeaderText.requireSafe("subject", email.subject()), UTF_8);
      var listUnsubscribe =
          ListUnsubscribe.headerValue(email.listUnsubscribeUrl(), email.listUnsubscribeMailto());
      if (listUnsubscribe.isPresent()) {
        message.setHeader(
            "List-Unsubscribe",
            MimeUtility.fold("List-Unsubscribe: ".length(), listUnsubscribe.get()));
      }
      if (email.listUnsubscribeUrl() != null) {
        message.setHeader("List-Unsubscribe-Post", ListUnsubscribe.ONE_CLICK);
      }
      setBody(message, email);
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("could not compose message " + email.messageId(), e);
    }
  }

  /**
   * Strictly parses a bare address and attaches an encoded display name.
   *
   * @throws UnsafeHeaderValue naming the address or the name field
   */
  static InternetAddress address(
      String addressField, String address, String nameField, String displayName) {
    HeaderText.requireSafe(addressField, address);
    if (displayName != null) {
      HeaderText.requireSafe(nameField, displayName);
    }
    for (int i = 0; i < address.length(); i++) {
      if (address.charAt(i) > '~') {
        throw new UnsafeHeaderValue(addressField, "must be ASCII");
      }
    }
    InternetAddress parsed;
    try {
      parsed = new InternetAddress(address, true);
    } catch (AddressException e) {
      throw new UnsafeHeaderValue(addressField, "not a valid address");
    }
    if (parsed.isGroup()
        || parsed.getPersonal() != null
        || !address.equals(parsed.getAddress())
        || address.indexOf('@') < 1) {
      throw new UnsafeHeaderValue(addressField, "must be a bare address like name@example.org");
    }
    String personal = displayName == null || displayName.isBlank() ? null : displayName;
    try {
      return new InternetAddress(parsed.getAddress(), personal, UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  private static void setBody(MimeMessage message, OutgoingEmail email) throws MessagingException {
    if (email.htmlBody() == null) {
      message.setText(crlf(email.textBody()), UTF_8);
      return;
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(crlf(email.textBody()), UTF_8);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(crlf(email.htmlBody()), UTF_8, "html");
    message.setContent(new MimeMultipart("alternative", text, html));
  }

  /**
   * Canonical CRLF line ends. SMTP output converts bare LFs on the wire, but {@code writeTo} (the
   * file outbox) does not for 7bit parts, and RFC 5322 allows no bare CR or LF.
   */
  private static String crlf(String body) {
    return body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }
}
