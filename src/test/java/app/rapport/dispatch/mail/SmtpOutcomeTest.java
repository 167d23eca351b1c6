package app.rapport.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The classification rules for cases a scripted server cannot force deterministically. */
class SmtpOutcomeTest {

  private static final int NONE = DeliveryResult.NO_REPLY_CODE;

  @Test
  void a_refusal_to_the_end_of_data_is_kept_when_the_following_rset_fails() {
    var rsetFailed =
        new MessagingException("Can't send command to SMTP host", new SocketException("reset"));

    DeliveryResult result = SmtpOutcome.classify(SmtpPhase.END_OF_DATA, 451, 451, rsetFailed);

    assertThat(result).isEqualTo(new TransientFailure(result.detail(), 451));
  }

  @Test
  void a_positive_reply_to_the_end_of_data_is_delivered_even_if_angus_throws_afterwards() {
    var failure = new MessagingException("unexpected", new SocketException("reset"));

    DeliveryResult result = SmtpOutcome.classify(SmtpPhase.END_OF_DATA, 251, 251, failure);

    assertThat(result).isInstanceOf(Delivered.class);
  }

  @Test
  void a_stale_reply_code_does_not_turn_a_lost_verdict_into_a_known_one() {
    var timeout =
        new MessagingException("Exception reading response", new SocketTimeoutException("Read"));

    DeliveryResult result = SmtpOutcome.classify(SmtpPhase.END_OF_DATA, NONE, 354, timeout);

    assertThat(result).isInstanceOf(OutcomeUnknown.class);
  }

  @Test
  void a_failure_while_streaming_the_content_is_transient() {
    var broken =
        new MessagingException("IOException while sending message", new SocketException("pipe"));

    DeliveryResult result = SmtpOutcome.classify(SmtpPhase.DATA, 354, 354, broken);

    assertThat(result).isEqualTo(new TransientFailure(result.detail(), NONE));
  }

  @Test
  void an_authentication_refusal_is_transient_because_it_is_not_about_the_message() {
    var refused = new jakarta.mail.AuthenticationFailedException("535 5.7.8 bad credentials");

    DeliveryResult result = SmtpOutcome.classify(SmtpPhase.CONNECT, NONE, 535, refused);

    assertThat(result).isEqualTo(new TransientFailure(result.detail(), 535));
  }
}
