package app.rapport.dispatch.mail;

import static app.rapport.dispatch.mail.Invitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageComposerTest {

  private final Session session = Session.getInstance(new Properties());
  private final MessageComposer composer = new MessageComposer();

  private String raw(OutgoingEmail email) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    composer.compose(session, email).writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  private static String headerSection(String raw) {
    return raw.substring(0, raw.indexOf("\r\n\r\n") + 2);
  }

  @Test
  void keeps_the_stored_message_id_through_save_changes() throws Exception {
    MimeMessage message = composer.compose(session, invitation().build());
    message.saveChanges();

    assertThat(message.getHeader("Message-ID")).containsExactly(Invitations.MESSAGE_ID);
  }

  @Test
  void encodes_non_ascii_names_and_subject_so_the_header_section_is_pure_ascii() throws Exception {
    String headers = headerSection(raw(invitation().build()));

    assertThat(headers).matches("[\\x20-\\x7E\\r\\n\\t]*");
    assertThat(headers).contains("=?UTF-8?");
    assertThat(headers).doesNotContain("Bcc");
  }

  @Test
  void writes_every_line_of_the_body_with_crlf_line_ends() throws Exception {
    var email = invitation();
    email.textBody = "one\ntwo\r\nthree\rfour";
    email.htmlBody = "<p>one</p>\n<p>two</p>";

    String raw = raw(email.build());

    assertThat(raw.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    assertThat(raw).contains("one\r\ntwo\r\nthree\r\nfour").contains("<p>one</p>\r\n<p>two</p>");
  }

  @Test
  void writes_no_list_unsubscribe_headers_without_opt_out_links() throws Exception {
    var email = invitation();
    email.listUnsubscribeUrl = null;
    email.listUnsubscribeMailto = null;

    MimeMessage message = composer.compose(session, email.build());

    assertThat(message.getHeader("List-Unsubscribe")).isNull();
    assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
  }

  @Test
  void offers_one_click_only_with_an_http_url_not_with_a_mailto_alone() throws Exception {
    var email = invitation();
    email.listUnsubscribeUrl = null;

    MimeMessage message = composer.compose(session, email.build());

    assertThat(message.getHeader("List-Unsubscribe"))
        .containsExactly("<mailto:optout@rapport.example.org?subject=abc123>");
    assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
  }

  @Test
  void blank_display_names_give_bare_addresses() throws Exception {
    var email = invitation();
    email.fromName = null;
    email.toName = " ";

    String headers = headerSection(raw(email.build()));

    assertThat(headers)
        .contains("From: marta@example.org\r\n")
        .contains("To: jonas@example.net\r\n");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("toAddress", e -> e.toAddress = "jonas@example.net\r\nBcc: x@evil.example"),
        refusal("toAddress", e -> e.toAddress = "Jonas <jonas@example.net>"),
        refusal("toAddress", e -> e.toAddress = "jonas@example.net, x@evil.example"),
        refusal("toAddress", e -> e.toAddress = "undisclosed:x@evil.example;"),
        refusal("toAddress", e -> e.toAddress = "jonas"),
        refusal("toAddress", e -> e.toAddress = " jonas@example.net"),
        refusal("toAddress", e -> e.toAddress = "jönas@example.net"),
        refusal("fromAddress", e -> e.fromAddress = "marta@@example.org"),
        refusal("replyTo", e -> e.replyTo = "a@example.org\nBcc: x@evil.example"),
        refusal("fromName", e -> e.fromName = "Marta\r\nBcc: x@evil.example"),
        refusal("subject", e -> e.subject = "Coffee\u0085Bcc: x@evil.example"),
        refusal("messageId", e -> e.messageId = "<a@b>\r\nBcc: x@evil.example"),
        refusal("messageId", e -> e.messageId = "0f8e2b1c@rapport.local"),
        refusal("messageId", e -> e.messageId = "<0f8e 2b1c@rapport.local>"),
        refusal("messageId", e -> e.messageId = "<no-at-sign>"),
        refusal("listUnsubscribeUrl", e -> e.listUnsubscribeUrl = "https://x.example/o>, <x"),
        refusal("listUnsubscribeUrl", e -> e.listUnsubscribeUrl = "https://x.example/\r\nBcc: y"),
        refusal("listUnsubscribeUrl", e -> e.listUnsubscribeUrl = "https://x.example/a b"),
        refusal("listUnsubscribeUrl", e -> e.listUnsubscribeUrl = "javascript:alert(1)"),
        refusal("listUnsubscribeUrl", e -> e.listUnsubscribeUrl = "https:///no-host"),
        refusal("listUnsubscribeMailto", e -> e.listUnsubscribeMailto = "https://x.example/"),
        refusal("listUnsubscribeMailto", e -> e.listUnsubscribeMailto = "mailto:a@b>\r\nX: y"));
  }

  private static Arguments refusal(String field, Consumer<Invitations> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refusals")
  void refuses_a_value_that_could_break_out_of_its_header(
      String field, Consumer<Invitations> change) {
    Invitations email = invitation();
    change.accept(email);

    assertThatThrownBy(() -> composer.compose(session, email.build()))
        .isInstanceOfSatisfying(
            UnsafeHeaderValue.class, e -> assertThat(e.fieldName()).isEqualTo(field));
  }
}
