package app.rapport.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.rapport.dispatch.mail.ScriptedSmtpServer;
import app.rapport.platform.SettableClock;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import app.rapport.support.SmtpSink;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DispatchTest {

  static final int SMTP_PORT = 3525;
  // Monday 23 November 2026; Europe/Berlin is UTC+1
  static final Instant MONDAY_0800_BERLIN = Instant.parse("2026-11-23T07:00:00Z");
  static final Instant MONDAY_1730_BERLIN = Instant.parse("2026-11-23T16:30:00Z");
  static final Instant TUESDAY_0030_BERLIN = Instant.parse("2026-11-23T23:30:00Z");
  static final Instant TUESDAY_1730_BERLIN = Instant.parse("2026-11-24T16:30:00Z");

  @Inject Dispatcher dispatcher;
  @Inject Claims claims;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @AfterEach
  void stopEverything() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  static GreenMail smtpSink() {
    return SmtpSink.on(SMTP_PORT);
  }

  int quotaUsed(long campaign, LocalDate day) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows =
                  em.createNativeQuery("select used from quota where campaign_id = ?1 and day = ?2")
                      .setParameter(1, campaign)
                      .setParameter(2, day)
                      .getResultList();
              return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).intValue();
            });
  }

  void tick(int times) {
    for (int i = 0; i < times; i++) {
      dispatcher.tick();
    }
  }

  @Test
  void sends_at_most_the_cap_per_local_day_and_the_day_does_not_roll_over_at_utc_midnight()
      throws Exception {
    clock.setTo(MONDAY_0800_BERLIN);
    DispatchFixture f = DispatchFixture.started(8, "EMAIL", 3, "Europe/Berlin");
    GreenMail mail = smtpSink();
    try {
      tick(3);
      assertThat(mail.getReceivedMessages()).isEmpty();
      clock.setTo(MONDAY_1730_BERLIN);
      tick(5);
      assertThat(mail.getReceivedMessages()).hasSize(3);
      assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(3);
      clock.setTo(TUESDAY_0030_BERLIN);
      tick(3);
      assertThat(mail.getReceivedMessages()).hasSize(3);
      assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(3);
      clock.setTo(TUESDAY_1730_BERLIN);
      tick(3);
      assertThat(mail.getReceivedMessages()).hasSize(6);
      assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 24))).isEqualTo(3);

      Set<String> recipients = new HashSet<>();
      Set<String> messageIds = new HashSet<>();
      for (MimeMessage m : mail.getReceivedMessages()) {
        recipients.add(m.getAllRecipients()[0].toString());
        messageIds.add(m.getMessageID());
        assertThat(m.getHeader("List-Unsubscribe")[0]).contains("/u/v1.");
        assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
      }
      assertThat(recipients).hasSize(6);
      assertThat(messageIds).hasSize(6);
      List<String> stored =
          f.invitations().stream()
              .map(f::invitation)
              .filter(i -> "SENT".equals(i.get("state")))
              .map(i -> (String) i.get("id").toString())
              .toList();
      assertThat(stored).hasSize(6);
      Set<String> storedIds =
          new HashSet<>(
              QuarkusTransaction.requiringNew()
                  .call(
                      () ->
                          em.createQuery(
                                  "select i.messageId from Invitation i where i.campaignId = :c and i.state = app.rapport.draft.lifecycle.InvitationState.SENT",
                                  String.class)
                              .setParameter("c", f.campaign())
                              .getResultList()));
      assertThat(storedIds).isEqualTo(messageIds);
    } finally {
      mail.stop();
    }
  }

  @Test
  void lowering_the_cap_after_sends_stops_sending_for_the_day_and_pausing_stops_at_once() {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(8, "EMAIL", 5, "Europe/Berlin");
    GreenMail mail = smtpSink();
    try {
      tick(1);
      int afterOneTick = mail.getReceivedMessages().length;
      assertThat(afterOneTick).isEqualTo(5);
      Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
      body.put("dailyCap", 2);
      body.put("timeZone", "Europe/Berlin");
      body.put(
          "sendDays",
          List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
      f.user().request().body(body).put("/api/campaigns/" + f.campaign()).then().statusCode(200);
      tick(3);
      assertThat(mail.getReceivedMessages()).hasSize(5);
      clock.setTo(TUESDAY_1730_BERLIN);
      f.user().request().post("/api/campaigns/" + f.campaign() + "/pause").then().statusCode(200);
      tick(3);
      assertThat(mail.getReceivedMessages()).hasSize(5);
      f.user().request().post("/api/campaigns/" + f.campaign() + "/resume").then().statusCode(200);
      tick(1);
      assertThat(mail.getReceivedMessages()).hasSize(7);
    } finally {
      mail.stop();
    }
  }

  @Test
  void a_transient_failure_returns_the_quota_and_retries_later_with_one_copy() throws Exception {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(1, "EMAIL", 3, "Europe/Berlin");
    long id = f.invitations().getFirst();
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(
            ScriptedSmtpServer.Script.accepting().endOfData("451 4.3.0 try later"), SMTP_PORT)) {
      tick(1);
      assertThat(server.messagesReceived()).isEqualTo(1);
    }
    assertThat(f.invitation(id)).containsEntry("state", "APPROVED");
    assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isZero();
    GreenMail mail = smtpSink();
    try {
      tick(1);
      assertThat(mail.getReceivedMessages()).as("still waiting for the backoff").isEmpty();
      clock.advance(java.time.Duration.ofMinutes(6));
      tick(1);
      assertThat(mail.getReceivedMessages()).hasSize(1);
      assertThat(f.invitation(id)).containsEntry("state", "SENT");
      assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(1);
    } finally {
      mail.stop();
    }
  }

  @Test
  void a_refused_recipient_bounces_and_is_suppressed() throws Exception {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(1, "EMAIL", 3, "Europe/Berlin");
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(
            ScriptedSmtpServer.Script.accepting().rcpt("550 5.1.1 no such user"), SMTP_PORT)) {
      tick(2);
      assertThat(server.messagesReceived()).isZero();
    }
    assertThat(f.invitation(f.invitations().getFirst())).containsEntry("state", "BOUNCED");
    f.user()
        .request()
        .get("/api/suppressions")
        .then()
        .body("find { it.address == 'person0@example.com' }.reason", equalTo("BOUNCED"))
        // and under the person's profile link, which a later list may bring them back by
        .body("find { it.address == 'linkedin.com/in/person0' }.reason", equalTo("BOUNCED"));
  }

  @Test
  void a_reply_lost_after_the_message_is_unknown_and_never_sent_again() throws Exception {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(1, "EMAIL", 3, "Europe/Berlin");
    long id = f.invitations().getFirst();
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(
            ScriptedSmtpServer.Script.accepting().endOfData(ScriptedSmtpServer.DROP), SMTP_PORT)) {
      tick(3);
      clock.advance(java.time.Duration.ofHours(1));
      tick(3);
      assertThat(server.messagesReceived()).isEqualTo(1);
    }
    assertThat(f.invitation(id)).containsEntry("state", "UNKNOWN");
    assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(1);
    f.user()
        .request()
        .post("/api/invitations/" + id + "/delivery/mark-sent")
        .then()
        .statusCode(200)
        .body("state", equalTo("SENT"));
  }

  @Test
  void a_claim_whose_replica_died_becomes_unknown_when_its_lease_runs_out() {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(2, "EMAIL", 3, "Europe/Berlin");
    // claim as a replica would, then "die" before sending
    Claims.Attempt attempt =
        claims.claim(
            f.campaign(),
            ownerOf(f),
            LocalDate.of(2026, 11, 23),
            3,
            3,
            true,
            "test",
            clock.instant());
    long claimed = attempt.claimed().orElseThrow().id();
    clock.advance(java.time.Duration.ofMinutes(10));
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting(), SMTP_PORT)) {
      tick(2);
      assertThat(server.messagesReceived()).as("only the other invitation").isEqualTo(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(f.invitation(claimed)).containsEntry("state", "UNKNOWN");
    assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(2);
  }

  @Test
  void fifty_threads_racing_for_the_quota_get_exactly_the_cap() throws Exception {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(45, "MANUAL", 30, "Europe/Berlin");
    long owner = ownerOf(f);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      racers.add(
          () ->
              claims
                  .claim(
                      f.campaign(),
                      owner,
                      LocalDate.of(2026, 11, 23),
                      30,
                      30,
                      false,
                      "test",
                      clock.instant())
                  .claimed()
                  .isPresent());
    }
    int granted = 0;
    for (Future<Boolean> result : pool.invokeAll(racers)) {
      granted += result.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(granted).isEqualTo(30);
    assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(30);
    assertThat(f.inState("SENDING")).isEqualTo(30);
  }

  @Test
  void manual_invitations_become_tasks_that_count_when_done() {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(4, "MANUAL", 2, "Europe/Berlin");
    tick(2);
    List<Map<String, Object>> tasks =
        f.user()
            .request()
            .get("/api/tasks/today")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(tasks).hasSize(2);
    assertThat((String) tasks.getFirst().get("profileUrl"))
        .startsWith("https://www.linkedin.com/in/person");
    assertThat(((String) tasks.getFirst().get("text")).length()).isLessThanOrEqualTo(300);
    long first = ((Number) tasks.get(0).get("invitationId")).longValue();
    long second = ((Number) tasks.get(1).get("invitationId")).longValue();
    f.user().request().post("/api/tasks/" + first + "/done").then().statusCode(200);
    f.user().request().post("/api/tasks/" + second + "/skip").then().statusCode(200);
    assertThat(f.invitation(first)).containsEntry("state", "SENT");
    assertThat(f.invitation(second)).containsEntry("state", "APPROVED");
    assertThat(quotaUsed(f.campaign(), LocalDate.of(2026, 11, 23))).isEqualTo(1);
    tick(1);
    assertThat(f.user().request().get("/api/tasks/today").then().extract().jsonPath().getList("$"))
        .hasSize(1);
    clock.advance(java.time.Duration.ofDays(22));
    List<Map<String, Object>> later =
        f.user().request().get("/api/tasks/today").then().extract().jsonPath().getList("$");
    assertThat(later)
        .anySatisfy(
            t ->
                assertThat(t)
                    .containsEntry("kind", "WITHDRAW")
                    .containsEntry("invitationId", (int) first));
    org.assertj.core.api.Assertions.assertThatCode(() -> {}).doesNotThrowAnyException();
  }

  @Test
  void the_schedule_shows_todays_slots_what_went_and_whats_next() {
    clock.setTo(Instant.parse("2026-11-23T12:00:00Z"));
    DispatchFixture f = DispatchFixture.started(5, "MANUAL", 4, "Europe/Berlin");
    tick(1);
    f.user()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/schedule")
        .then()
        .statusCode(200)
        .body("day", equalTo("2026-11-23"))
        .body("cap", equalTo(4))
        .body("slots.size()", equalTo(4))
        .body("used", org.hamcrest.Matchers.greaterThan(0))
        .body("nextDays.size()", equalTo(7));
    new DispatchFixture(app.rapport.support.Api.newUser(), f.campaign(), List.of())
        .user()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/schedule")
        .then()
        .statusCode(404);
  }

  @Test
  void approved_invitations_go_oldest_first_unless_the_user_reorders() {
    clock.setTo(MONDAY_1730_BERLIN);
    DispatchFixture f = DispatchFixture.started(4, "MANUAL", 1, "Europe/Berlin");
    long last = f.invitations().getLast();
    f.user()
        .request()
        .body(Map.of("first", List.of(last)))
        .put("/api/campaigns/" + f.campaign() + "/schedule/order")
        .then()
        .statusCode(200)
        .body("[0]", equalTo((int) last));
    // another user's invitation in the list: 404, and the whole request changes nothing
    DispatchFixture stranger = DispatchFixture.started(1, "MANUAL", 1, "Europe/Berlin");
    f.user()
        .request()
        .body(
            Map.of("first", List.of(f.invitations().getFirst(), stranger.invitations().getFirst())))
        .put("/api/campaigns/" + f.campaign() + "/schedule/order")
        .then()
        .statusCode(404);
    tick(1);
    assertThat(f.invitation(last)).containsEntry("state", "SENDING");
    app.rapport.support.Api.newUser()
        .request()
        .body(Map.of("first", List.of(last)))
        .put("/api/campaigns/" + f.campaign() + "/schedule/order")
        .then()
        .statusCode(404);
  }

  long ownerOf(DispatchFixture f) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("select owner_id from campaign where id = ?1")
                            .setParameter(1, f.campaign())
                            .getSingleResult())
                    .longValue());
  }
}
