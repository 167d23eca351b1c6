package app.rapport.dispatch.mail;

import static app.rapport.dispatch.mail.Invitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delivery to a real SMTP server (GreenMail): what arrives is exactly what the dispatcher stored
 * (RELIABILITY.md item 14), and header injection never reaches SMTP (item 20).
 *
 * <p>GreenMail listens on a free port rather than the fixed 3025, so this test can run beside other
 * GreenMail tests on a shared machine.
 */
class SmtpChannelGreenMailTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpChannel channel() {
    return new SmtpChannel(
        new SmtpSettings(
            "127.0.0.1",
            greenMail.getSmtp().getPort(),
            null,
            null,
            SmtpSettings.Security.NONE,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            "rapport.test"));
  }

  @Test
  void the_received_message_carries_the_stored_message_id_and_every_header() throws Exception {
    DeliveryResult result = channel().deliver(invitation().build());

    assertThat(result).isInstanceOf(Delivered.class);
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getMessageID()).isEqualTo(Invitations.MESSAGE_ID);
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("marta@example.org");
    assertThat(from.getPersonal()).isEqualTo("Marta Núñez");
    InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
    assertThat(to.getAddress()).isEqualTo("jonas@example.net");
    assertThat(to.getPersonal()).isEqualTo("Jonas Åberg");
    assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress())
        .isEqualTo("marta.replies@example.org");
    assertThat(message.getSentDate().toInstant()).isEqualTo(Invitations.DATE);
    assertThat(message.getSubject()).isEqualTo("Kaffee nächste Woche? ☕");
    assertThat(MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)))
        .isEqualTo(
            "<https://rapport.example.org/o/abc123>,"
                + " <mailto:optout@rapport.example.org?subject=abc123>");
    assertThat(message.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(message.isMimeType("text/plain")).isTrue();
    assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(normalised((String) message.getContent())).isEqualTo(invitation().textBody);
  }

  @Test
  void an_html_body_arrives_as_a_multipart_alternative_after_the_plain_text() throws Exception {
    var email = invitation();
    email.htmlBody = "<p>Hallo Jonas, &lt;3</p>";

    assertThat(channel().deliver(email.build())).isInstanceOf(Delivered.class);

    MimeMessage message = greenMail.getReceivedMessages()[0];
    assertThat(message.isMimeType("multipart/alternative")).isTrue();
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat(normalised((String) parts.getBodyPart(1).getContent())).isEqualTo(email.htmlBody);
  }

  static Stream<Arguments> injections() {
    BiConsumer<Invitations, String> fromName = (email, value) -> email.fromName = value;
    BiConsumer<Invitations, String> toName = (email, value) -> email.toName = value;
    BiConsumer<Invitations, String> subject = (email, value) -> email.subject = value;
    return Stream.of(
        Arguments.of("fromName", "Alice\r\nBcc: x@evil.example", fromName),
        Arguments.of("toName", "Alice\r\nBcc: x@evil.example", toName),
        Arguments.of("subject", "Hi\r\nBcc: x@evil.example", subject),
        Arguments.of("toName", "Alice\u2028Bcc: x@evil.example", toName),
        Arguments.of("subject", "Hi\u2028Bcc: x@evil.example", subject),
        Arguments.of("subject", "Hi\nBcc: x@evil.example", subject));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("injections")
  void a_header_injection_is_refused_before_any_smtp_traffic(
      String field, String value, BiConsumer<Invitations, String> set) {
    Invitations email = invitation();
    set.accept(email, value);

    DeliveryResult result = channel().deliver(email.build());

    assertThat(result)
        .isInstanceOfSatisfying(
            PermanentFailure.class, failure -> assertThat(failure.detail()).contains(field));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(greenMail.getReceivedMessagesForDomain("evil.example")).isEmpty();
  }

  private static String normalised(String body) {
    return body.replace("\r\n", "\n");
  }
}
