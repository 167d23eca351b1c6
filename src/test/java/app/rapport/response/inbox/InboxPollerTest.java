package app.rapport.response.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replies and bounces read from a real IMAP server (GreenMail) and matched by Message-ID. */
@QuarkusTest
class InboxPollerTest {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
          .withConfiguration(
              GreenMailConfiguration.aConfig()
                  .withUser("replies@rapport.test", "replies", "replies-secret"));

  @Inject EntityManager em;
  @Inject SettableClock clock;
  @Inject InboxPoller poller;

  record Sent(Api user, List<Long> ids) {
    String state(long id) {
      return user.request().get("/api/invitations/" + id).then().extract().path("state");
    }
  }

  private Sent sent() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    List<Long> ids =
        Scenario.invitations(user, campaign).stream()
            .map(d -> ((Number) d.get("id")).longValue())
            .sorted()
            .toList();
    Sending.markSent(em, ids, clock.instant().minus(Duration.ofDays(1)));
    return new Sent(user, ids);
  }

  private void deliver(String raw) throws Exception {
    GreenMailUser inbox = greenMail.getUserManager().getUser("replies");
    MimeMessage message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    inbox.deliver(message);
  }

  static String reply(long id, String extraHeaders) {
    return """
        From: Ada Lovelace <ada@example.com>
        To: Sam Sender <replies@rapport.test>
        Subject: Re: Your post
        Message-ID: <reply-%d-%d@example.com>
        In-Reply-To: %s
        References: <older@example.com> %s
        %sContent-Type: text/plain; charset=utf-8

        Happy to talk next week.
        """
        .formatted(
            id, System.nanoTime(), Sending.messageId(id), Sending.messageId(id), extraHeaders);
  }

  static String deliveryReport(long id, String action, String status) {
    return """
        From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
        To: replies@rapport.test
        Subject: Undelivered Mail Returned to Sender
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

        --BOUNDARY
        Content-Type: text/plain; charset=us-ascii

        I'm sorry to have to inform you that your message could not be delivered.

        --BOUNDARY
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net

        Final-Recipient: rfc822; grace@example.com
        Action: %s
        Status: %s
        Diagnostic-Code: smtp; 550 5.1.1 <grace@example.com>: Recipient address rejected

        --BOUNDARY
        Content-Type: text/rfc822-headers

        From: Sam Sender <sam@sender.example>
        To: grace@example.com
        Subject: Your talk
        Message-ID: %s

        --BOUNDARY--
        """
        .formatted(action, status, Sending.messageId(id));
  }

  @Test
  void a_reply_and_a_bounce_are_matched_by_message_id_and_recorded() throws Exception {
    Sent s = sent();
    long replied = s.ids().get(0);
    long bounced = s.ids().get(1);
    long untouched = s.ids().get(2);
    deliver(reply(replied, ""));
    deliver(deliveryReport(bounced, "failed", "5.1.1"));
    deliver(reply(untouched, "Auto-Submitted: auto-replied\n"));
    deliver(deliveryReport(untouched, "delayed", "4.4.1"));
    deliver(
        """
        From: someone@example.org
        To: replies@rapport.test
        Subject: hello
        Message-ID: <unrelated@example.org>

        Not about any invitation.
        """);

    InboxPoller.Poll poll = poller.poll();
    assertThat(poll.read()).isEqualTo(5);
    assertThat(poll.changed()).isEqualTo(2);

    assertThat(s.state(replied)).isEqualTo("REPLIED");
    assertThat(s.state(bounced)).isEqualTo("BOUNCED");
    assertThat(s.state(untouched)).isEqualTo("SENT");
    s.user()
        .request()
        .get("/api/suppressions")
        .then()
        .body("address", org.hamcrest.Matchers.hasItem("grace@example.com"))
        .body("reason", org.hamcrest.Matchers.hasItem("BOUNCED"))
        .body("size()", org.hamcrest.Matchers.equalTo(1));
    s.user()
        .request()
        .get("/api/invitations/" + bounced + "/audit")
        .then()
        .body(
            "find { it.event == 'BOUNCE' }.reason",
            org.hamcrest.Matchers.equalTo("delivery report (status 5.1.1)"));

    assertThat(poller.poll()).isEqualTo(new InboxPoller.Poll(0, 0));
  }

  @Test
  void the_same_reply_read_twice_is_one_answer_and_a_plain_bounce_quoting_the_id_counts()
      throws Exception {
    Sent s = sent();
    long replied = s.ids().get(0);
    long bounced = s.ids().get(2);
    deliver(reply(replied, ""));
    deliver(reply(replied, ""));
    deliver(
        """
        From: postmaster@mail.example.com
        To: replies@rapport.test
        Subject: failure notice
        Content-Type: text/plain

        Hi. This is the qmail-send program. I'm afraid I wasn't able to deliver your message.
        <linus@example.com>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        From: Sam Sender <sam@sender.example>
        Message-ID: %s
        Subject: On email patches
        """
            .formatted(Sending.messageId(bounced)));

    InboxPoller.Poll poll = poller.poll();
    assertThat(poll.read()).isEqualTo(3);
    assertThat(poll.changed()).isEqualTo(2);
    assertThat(s.state(replied)).isEqualTo("REPLIED");
    assertThat(s.state(bounced)).isEqualTo("BOUNCED");
    assertThat(Sending.number(em, "select count(*) from answer where invitation_id = ?1", replied))
        .isOne();
    assertThat(Sending.text(em, "select source from answer where invitation_id = ?1", replied))
        .isEqualTo("MAIL");
    s.user()
        .request()
        .body(Map.of("outcome", "ACCEPTED"))
        .post("/api/invitations/" + replied + "/outcome")
        .then()
        .statusCode(200);
    assertThat(s.state(replied)).isEqualTo("ACCEPTED");
  }
}
