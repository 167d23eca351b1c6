package app.rapport.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.dispatch.Dispatcher;
import app.rapport.platform.SettableClock;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import app.rapport.support.SmtpSink;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md 29: recipients answer, decline and opt out while the dispatcher sends the same
 * people another campaign. The cap holds, nothing deadlocks or fails, every answer is recorded
 * once, and an opt-out either withdraws the waiting invitation or comes after it was sent. How fast
 * the answer pages stay under that load is measured by {@code bench/answers.sh}, not asserted here.
 */
@QuarkusTest
class AnswersDuringDispatchTest {

  // Monday 23 November 2026, 17:30 in Berlin: every slot of the day's window is due
  private static final Instant MONDAY_EVENING = Instant.parse("2026-11-23T16:30:00Z");
  private static final int SMTP_PORT = 3525;
  private static final int PEOPLE = 45;
  private static final int CAP = 30;

  @Inject Dispatcher dispatcher;
  @Inject AnswerKeys keys;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @AfterEach
  void stopEverything() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  @Test
  void answers_and_opt_outs_during_dispatch_keep_the_cap_and_lose_nothing() throws Exception {
    Sending.pauseEveryActiveCampaign(em); // earlier tests' campaigns must not share the ticks
    clock.setTo(MONDAY_EVENING);
    Api user = Api.newUser();
    long list = Scenario.list(user, People.csv(PEOPLE));
    long earlier = Scenario.paced(user, "EMAIL", 5, "Europe/Berlin");
    long sending = Scenario.paced(user, "EMAIL", CAP, "Europe/Berlin");
    Scenario.draft(user, earlier, list);
    Scenario.draft(user, sending, list);
    List<Long> answered = Scenario.invitationIds(user, earlier);
    Sending.markSent(em, answered, clock.instant().minus(Duration.ofHours(3)));
    Scenario.approveAllAndStart(user, sending);

    GreenMail mail = SmtpSink.on(SMTP_PORT);
    ExecutorService pool = Executors.newFixedThreadPool(9);
    try {
      Future<?> ticks =
          pool.submit(
              () -> {
                for (int i = 0; i < 60; i++) {
                  dispatcher.tick();
                }
                return null;
              });
      List<Future<List<Integer>>> answers = new ArrayList<>();
      for (int worker = 0; worker < 8; worker++) {
        int first = worker;
        answers.add(
            pool.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  for (int i = first; i < answered.size(); i += 8) {
                    for (int twice = 0; twice < 2; twice++) { // a double click
                      statuses.add(answer(answered.get(i), i));
                    }
                  }
                  return statuses;
                }));
      }
      for (Future<List<Integer>> statuses : answers) {
        assertThat(statuses.get()).containsOnly(200);
      }
      ticks.get(); // a tick that failed (a deadlock, say) fails the test here

      long used =
          Sending.number(
              em,
              "select coalesce(sum(used), 0) from quota where campaign_id = ?1 and day = ?2",
              sending,
              LocalDate.of(2026, 11, 23));
      // 45 approved, at most 15 withdrawn by opt-outs: exactly the cap goes out
      assertThat(used).isEqualTo(CAP);
      assertThat(stateCount(sending, "SENT")).isEqualTo(CAP);
      assertThat(mail.getReceivedMessages()).hasSize(CAP);
    } finally {
      pool.shutdownNow();
      mail.stop();
    }

    assertThat(
            count(
                "select count(*) from invitation where campaign_id = ?1 and state = 'SENDING'",
                sending))
        .isZero();
    assertThat(count("select count(*) from answer where campaign_id = ?1", earlier))
        .isEqualTo(PEOPLE);
    assertThat(stateCount(earlier, "OPTED_OUT")).isEqualTo(PEOPLE / 3);
    assertThat(stateCount(earlier, "ACCEPTED")).isEqualTo(PEOPLE / 3);
    assertThat(stateCount(earlier, "DECLINED")).isEqualTo(PEOPLE / 3);
    // every person who opted out: their invitation of the other campaign went out before the
    // opt-out, or was withdrawn by it; none is still waiting to be sent
    assertThat(
            count(
                "select count(*) from invitation i join invitation o on o.recipient_id ="
                    + " i.recipient_id and o.campaign_id = ?2 where i.campaign_id = ?1 and"
                    + " i.state = 'OPTED_OUT' and o.state not in ('SENT', 'REJECTED')",
                earlier,
                sending))
        .isZero();
  }

  /** Opt-out, accept or decline, by the person's place in the list. */
  private int answer(long invitation, int index) {
    return switch (index % 3) {
      case 0 ->
          given()
              .contentType("application/x-www-form-urlencoded")
              .post("/u/" + keys.tokens().issue(invitation, AnswerPurpose.OPT_OUT))
              .statusCode();
      case 1 -> post(invitation, "accept");
      default -> post(invitation, "decline");
    };
  }

  private int post(long invitation, String choice) {
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("choice", choice)
        .post("/a/" + keys.tokens().issue(invitation, AnswerPurpose.ANSWER))
        .statusCode();
  }

  private long count(String sql, Object... params) {
    return Sending.number(em, sql, params);
  }

  private long stateCount(long campaign, String state) {
    return count(
        "select count(*) from invitation where campaign_id = ?1 and state = ?2", campaign, state);
  }
}
