package app.rapport.dispatch.mail;

import static app.rapport.dispatch.mail.Invitations.invitation;
import static app.rapport.dispatch.mail.ScriptedSmtpServer.DROP;
import static app.rapport.dispatch.mail.ScriptedSmtpServer.STALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.rapport.dispatch.mail.ScriptedSmtpServer.Script;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each SMTP fault from RELIABILITY.md items 5, 6, 7 and 8, scripted on a real socket. */
class SmtpChannelFaultTest {

  /**
   * A hang guard for the stalling cases, far above the 1 s read timeout; not a performance bound.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private ScriptedSmtpServer server;

  @AfterEach
  void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private DeliveryResult deliverVia(Script script) {
    server = new ScriptedSmtpServer(script);
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> channel(server.port()).deliver(invitation().build()));
  }

  private static SmtpChannel channel(int port) {
    return new SmtpChannel(
        new SmtpSettings(
            "127.0.0.1",
            port,
            null,
            null,
            SmtpSettings.Security.NONE,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            "rapport.test"));
  }

  @Test
  void a_250_reply_to_the_end_of_data_is_delivered_with_the_server_reply() {
    DeliveryResult result = deliverVia(Script.accepting());

    assertThat(result).isInstanceOf(Delivered.class);
    assertThat(((Delivered) result).code()).isEqualTo(250);
    assertThat(result.detail()).contains("queued as 4F2A");
    assertThat(server.messagesReceived()).isEqualTo(1);
  }

  @Test
  void a_421_greeting_is_a_transient_failure() {
    DeliveryResult result =
        deliverVia(Script.accepting().greeting("421 4.3.2 Service not available"));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(421));
    assertThat(server.commands()).noneMatch(command -> command.startsWith("MAIL"));
  }

  @Test
  void a_451_reply_to_the_end_of_data_is_a_transient_failure() {
    DeliveryResult result =
        deliverVia(Script.accepting().endOfData("451 4.3.0 Temporary local problem"));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(451));
  }

  @Test
  void a_451_reply_to_the_end_of_data_followed_by_a_hang_up_stays_a_transient_failure() {
    DeliveryResult result =
        deliverVia(Script.accepting().endOfData("451 4.3.0 Try later\n" + DROP));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(451));
    assertThat(server.messagesReceived()).isEqualTo(1);
  }

  @Test
  void a_451_reply_to_the_data_command_is_a_transient_failure() {
    DeliveryResult result = deliverVia(Script.accepting().data("451 4.3.0 Not now"));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(451));
    assertThat(server.messagesReceived()).isZero();
  }

  @Test
  void a_421_reply_to_mail_from_followed_by_a_hang_up_is_a_transient_failure() {
    DeliveryResult result =
        deliverVia(Script.accepting().mail("421 4.7.0 Too many connections\n" + DROP));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(421));
  }

  @Test
  void a_452_reply_to_rcpt_is_a_transient_failure() {
    DeliveryResult result = deliverVia(Script.accepting().rcpt("452 4.2.2 Mailbox full"));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo(452));
    assertThat(server.messagesReceived()).isZero();
  }

  @Test
  void a_550_5_1_1_to_rcpt_is_a_permanent_failure_that_rejects_the_address() {
    PermanentFailure failure =
        permanent(
            deliverVia(Script.accepting().rcpt("550 5.1.1 <jonas@example.net>: User unknown")));

    assertThat(failure.code()).isEqualTo(550);
    assertThat(failure.addressRejected()).isTrue();
    assertThat(failure.detail()).contains("5.1.1");
    assertThat(server.commands()).noneMatch(command -> command.equals("DATA"));
  }

  @Test
  void a_550_5_1_1_to_the_end_of_data_rejects_the_address_too() {
    PermanentFailure failure =
        permanent(
            deliverVia(
                Script.accepting().endOfData("550 5.1.1 <jonas@example.net>: Recipient unknown")));

    assertThat(failure.code()).isEqualTo(550);
    assertThat(failure.addressRejected()).isTrue();
  }

  @Test
  void a_5_1_1_quoted_in_a_refusal_of_our_sender_keeps_the_recipients_address() {
    PermanentFailure failure =
        permanent(
            deliverVia(
                Script.accepting()
                    .mail("550 5.1.0 Sender address rejected: verify failed: 550 5.1.1 unknown")));

    assertThat(failure.addressRejected()).isFalse();
  }

  @Test
  void a_permanent_reply_that_only_looks_like_a_bad_address_code_keeps_the_address() {
    PermanentFailure failure =
        permanent(
            deliverVia(Script.accepting().endOfData("554 5.7.1 rejected: policy 15.1.1 of 2026")));

    assertThat(failure.addressRejected()).isFalse();
  }

  @Test
  void a_552_reply_to_the_end_of_data_is_a_permanent_failure_that_keeps_the_address() {
    PermanentFailure failure =
        permanent(deliverVia(Script.accepting().endOfData("552 5.3.4 Message too big for system")));

    assertThat(failure.code()).isEqualTo(552);
    assertThat(failure.addressRejected()).isFalse();
  }

  @Test
  void a_connection_dropped_after_the_end_of_data_is_an_unknown_outcome() {
    DeliveryResult result = deliverVia(Script.accepting().endOfData(DROP));

    assertThat(result).isInstanceOf(OutcomeUnknown.class);
    assertThat(server.messagesReceived()).isEqualTo(1);
  }

  @Test
  void a_server_stalling_after_the_end_of_data_is_an_unknown_outcome_once_the_read_times_out() {
    DeliveryResult result = deliverVia(Script.accepting().endOfData(STALL));

    assertThat(result).isInstanceOf(OutcomeUnknown.class);
    assertThat(result.detail()).containsIgnoringCase("timed out");
    assertThat(server.messagesReceived()).isEqualTo(1);
  }

  @Test
  void a_server_stalling_at_the_greeting_is_a_transient_failure_once_the_read_times_out() {
    DeliveryResult result = deliverVia(Script.accepting().greeting(STALL));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class,
            failure -> assertThat(failure.code()).isEqualTo(DeliveryResult.NO_REPLY_CODE));
    assertThat(server.commands()).isEmpty();
  }

  @Test
  void a_connection_dropped_at_rcpt_is_a_transient_failure() {
    DeliveryResult result = deliverVia(Script.accepting().rcpt(DROP));

    assertThat(result).isInstanceOf(TransientFailure.class);
    assertThat(server.messagesReceived()).isZero();
  }

  @Test
  void a_refused_connection_is_a_transient_failure() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    DeliveryResult result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> channel(closedPort).deliver(invitation().build()));

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class,
            failure -> assertThat(failure.code()).isEqualTo(DeliveryResult.NO_REPLY_CODE));
  }

  @Test
  void an_unsafe_display_name_is_refused_without_opening_a_connection() {
    server = new ScriptedSmtpServer(Script.accepting());
    var email = invitation();
    email.toName = "Alice\r\nBcc: x@evil.example";

    DeliveryResult result = channel(server.port()).deliver(email.build());

    assertThat(result)
        .isInstanceOfSatisfying(
            PermanentFailure.class,
            failure -> {
              assertThat(failure.detail()).contains("toName");
              assertThat(failure.addressRejected()).isFalse();
            });
    assertThat(server.connections()).isZero();
  }

  /** The result, which must be a permanent failure. */
  private static PermanentFailure permanent(DeliveryResult result) {
    assertThat(result).isInstanceOf(PermanentFailure.class);
    return (PermanentFailure) result;
  }
}
