package app.rapport.dispatch.mail;

import static app.rapport.dispatch.mail.Invitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutboxChannelTest {

  @TempDir Path outbox;

  private FileOutboxChannel channel() {
    return new FileOutboxChannel(outbox, ZoneOffset.UTC);
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> walk = Files.walk(outbox)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void writes_a_message_that_parses_back_with_the_same_message_id_and_headers() throws Exception {
    DeliveryResult result = channel().deliver(invitation().build());

    assertThat(result).isInstanceOf(Delivered.class);
    Path file =
        outbox
            .resolve("2025-03-14")
            .resolve("0f8e2b1c-5d7a-4e39-9c61-2b7f4a8d9e10@rapport.local.eml");
    assertThat(files()).containsExactly(file);
    MimeMessage parsed;
    try (InputStream in = Files.newInputStream(file)) {
      parsed = new MimeMessage(Session.getInstance(new Properties()), in);
    }
    assertThat(parsed.getMessageID()).isEqualTo(Invitations.MESSAGE_ID);
    assertThat(((InternetAddress) parsed.getFrom()[0]).getPersonal()).isEqualTo("Marta Núñez");
    assertThat(parsed.getSubject()).isEqualTo("Kaffee nächste Woche? ☕");
    assertThat(parsed.getSentDate().toInstant()).isEqualTo(Invitations.DATE);
    assertThat(MimeUtility.unfold(parsed.getHeader("List-Unsubscribe", null)))
        .startsWith("<https://rapport.example.org/o/abc123>");
    assertThat(parsed.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(((String) parsed.getContent()).replace("\r\n", "\n"))
        .isEqualTo(invitation().textBody);
  }

  @Test
  void a_second_delivery_of_the_same_message_id_leaves_the_first_file_untouched() throws Exception {
    channel().deliver(invitation().build());
    Path file = files().getFirst();
    byte[] first = Files.readAllBytes(file);
    var changed = invitation();
    changed.subject = "A different subject";

    DeliveryResult again = channel().deliver(changed.build());

    assertThat(again).isInstanceOf(Delivered.class);
    assertThat(files()).containsExactly(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
  }

  @Test
  void files_the_message_under_the_day_of_its_date_in_the_given_zone() throws Exception {
    var email = invitation();
    email.date = Instant.parse("2025-03-14T23:30:00Z");

    new FileOutboxChannel(outbox, ZoneId.of("Europe/Berlin")).deliver(email.build());

    assertThat(files())
        .singleElement()
        .satisfies(f -> assertThat(f.getParent().getFileName()).hasToString("2025-03-15"));
  }

  @Test
  void message_ids_that_differ_only_in_unsafe_characters_get_distinct_files_inside_the_outbox()
      throws Exception {
    var slash = invitation();
    slash.messageId = "<a/b@rapport.local>";
    var percent = invitation();
    percent.messageId = "<a%2Fb@rapport.local>";

    channel().deliver(slash.build());
    channel().deliver(percent.build());

    assertThat(files())
        .extracting(f -> f.getFileName().toString())
        .containsExactlyInAnyOrder("a%2Fb@rapport.local.eml", "a%252Fb@rapport.local.eml");
    assertThat(files()).allSatisfy(f -> assertThat(f.getParent().getParent()).isEqualTo(outbox));
  }

  @Test
  void an_unsafe_subject_is_refused_and_nothing_is_written() throws Exception {
    var email = invitation();
    email.subject = "Hi\r\nBcc: x@evil.example";

    DeliveryResult result = channel().deliver(email.build());

    assertThat(result).isInstanceOf(PermanentFailure.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void an_unwritable_outbox_is_a_transient_failure() throws Exception {
    Path notADirectory = Files.writeString(outbox.resolve("occupied"), "a file, not a folder");

    DeliveryResult result =
        new FileOutboxChannel(notADirectory, ZoneOffset.UTC).deliver(invitation().build());

    assertThat(result).isInstanceOf(TransientFailure.class);
  }
}
