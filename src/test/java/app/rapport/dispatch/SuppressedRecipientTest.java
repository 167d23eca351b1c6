package app.rapport.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contact.ContactKeys;
import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import app.rapport.support.SmtpSink;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md 7 and 21 after drafting: an address suppressed once (opt-out, bounce, the user)
 * gets nothing more from any campaign, including those whose drafts were approved before.
 */
@QuarkusTest
class SuppressedRecipientTest {

  @Inject Dispatcher dispatcher;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @AfterEach
  void stopEverything() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  @Test
  void suppressing_an_address_withdraws_it_from_every_campaign_and_nothing_is_sent_to_it()
      throws Exception {
    Sending.pauseEveryActiveCampaign(em); // other classes' campaigns must not share the ticks
    clock.setTo(DispatchTest.MONDAY_0800_BERLIN);
    Api user = Api.newUser();
    long list = Scenario.list(user, People.csv(3));
    // both drafted before either is approved: the cooldown rule stops a second draft later
    long first = Scenario.paced(user, "EMAIL", 5, "Europe/Berlin");
    long second = Scenario.paced(user, "EMAIL", 5, "Europe/Berlin");
    Scenario.draft(user, first, list);
    Scenario.draft(user, second, list);
    Scenario.approveAllAndStart(user, first);
    Scenario.approveAllAndStart(user, second);
    assertThat(state(first, "person0@example.com")).isEqualTo("APPROVED");
    assertThat(state(second, "person0@example.com")).isEqualTo("APPROVED");

    user.request()
        .body(Map.of("address", "Person0@Example.com", "note", "asked by phone"))
        .post("/api/suppressions")
        .then()
        .statusCode(201);

    for (long campaign : List.of(first, second)) {
      assertThat(state(campaign, "person0@example.com")).isEqualTo("REJECTED");
      assertThat(state(campaign, "person1@example.com")).isEqualTo("APPROVED");
      assertThat(
              Sending.text(
                  em,
                  "select e.reason from invitation_event e join invitation i on i.id ="
                      + " e.invitation_id join contact c on c.id = i.recipient_id where"
                      + " i.campaign_id = ?1 and c.email = 'person0@example.com'"
                      + " and e.actor = 'system:suppression' and e.from_state = 'APPROVED'"
                      + " and e.to_state = 'REJECTED'",
                  campaign))
          .contains("suppression list (manual)");
    }
    GreenMail mail = SmtpSink.on(DispatchTest.SMTP_PORT);
    try {
      clock.setTo(DispatchTest.MONDAY_1730_BERLIN);
      for (int i = 0; i < 8; i++) {
        dispatcher.tick();
      }
      assertThat(recipients(mail))
          .containsExactlyInAnyOrder(
              "person1@example.com",
              "person2@example.com",
              "person1@example.com",
              "person2@example.com");
    } finally {
      mail.stop();
    }
  }

  @Test
  void an_approval_that_slipped_past_the_suppression_is_never_claimed() throws Exception {
    Sending.pauseEveryActiveCampaign(em);
    clock.setTo(DispatchTest.MONDAY_0800_BERLIN);
    Api user = Api.newUser();
    long campaign = Scenario.started(user, People.csv(2), "EMAIL", 5, "Europe/Berlin");
    // written straight into the table, as a suppression committed while the approval was being
    // made would be: no event withdrew the approval, so only the claim's own check stands
    Sending.update(
        em,
        "insert into suppression (owner_id, address_hash, address, reason, created_at)"
            + " select owner_id, ?1, 'person0@example.com', 'OPTED_OUT', now() from campaign"
            + " where id = ?2",
        ContactKeys.hash("e:person0@example.com"),
        campaign);

    GreenMail mail = SmtpSink.on(DispatchTest.SMTP_PORT);
    try {
      clock.setTo(DispatchTest.MONDAY_1730_BERLIN);
      for (int i = 0; i < 4; i++) {
        dispatcher.tick();
      }
      assertThat(recipients(mail)).containsExactly("person1@example.com");
    } finally {
      mail.stop();
    }
    assertThat(state(campaign, "person0@example.com")).isEqualTo("APPROVED");
    assertThat(state(campaign, "person1@example.com")).isEqualTo("SENT");
  }

  @Test
  void a_manual_task_on_todays_list_is_taken_off_it_and_its_quota_returned() {
    Sending.pauseEveryActiveCampaign(em);
    clock.setTo(DispatchTest.MONDAY_1730_BERLIN);
    Api user = Api.newUser();
    long campaign = Scenario.started(user, People.csv(3, true), "MANUAL", 2, "Europe/Berlin");
    dispatcher.tick();
    dispatcher.tick();
    List<Map<String, Object>> tasks = todaysTasks(user);
    assertThat(tasks).hasSize(2);
    long task = ((Number) tasks.getFirst().get("invitationId")).longValue();
    assertThat(quotaUsed(campaign)).isEqualTo(2);

    // by profile link: the person is known by email, so this also checks the two are linked
    user.request()
        .body(Map.of("address", (String) tasks.getFirst().get("profileUrl")))
        .post("/api/suppressions")
        .then()
        .statusCode(201);

    assertThat(todaysTasks(user))
        .hasSize(1)
        .noneMatch(t -> ((Number) t.get("invitationId")).longValue() == task);
    assertThat(quotaUsed(campaign)).isEqualTo(1);
    assertThat(Sending.text(em, "select state from invitation where id = ?1", task))
        .isEqualTo("REJECTED");
  }

  @Test
  void an_invitation_to_a_suppressed_person_cannot_be_sent_again() {
    Sending.pauseEveryActiveCampaign(em);
    clock.setTo(DispatchTest.MONDAY_0800_BERLIN);
    Api user = Api.newUser();
    long campaign = Scenario.started(user, People.csv(2), "EMAIL", 5, "Europe/Berlin");
    long lost = Scenario.invitationIds(user, campaign).getFirst();
    Sending.setState(em, lost, "UNKNOWN");
    user.request()
        .body(Map.of("address", "person0@example.com", "reason", "OPTED_OUT"))
        .post("/api/suppressions")
        .then()
        .statusCode(201);

    user.request()
        .post("/api/invitations/" + lost + "/delivery/send-again")
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("suppression list"));
    assertThat(Sending.text(em, "select state from invitation where id = ?1", lost))
        .isEqualTo("UNKNOWN");
  }

  private static List<Map<String, Object>> todaysTasks(Api user) {
    return user.request()
        .get("/api/tasks/today")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private long quotaUsed(long campaign) {
    return Sending.number(
        em,
        "select coalesce(sum(used), 0) from quota where campaign_id = ?1 and day = ?2",
        campaign,
        java.time.LocalDate.of(2026, 11, 23));
  }

  private String state(long campaign, String email) {
    return Sending.text(
        em,
        "select i.state from invitation i join contact c on c.id = i.recipient_id"
            + " where i.campaign_id = ?1 and c.email = ?2",
        campaign,
        email);
  }

  private static List<String> recipients(GreenMail mail) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      to.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
    }
    return to;
  }
}
