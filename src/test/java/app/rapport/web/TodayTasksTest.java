package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.dispatch.Dispatcher;
import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Manual tasks on the Today page: made by a dispatch tick, done or skipped from the page. */
@QuarkusTest
class TodayTasksTest {

  static final Instant MONDAY_1730_BERLIN = Instant.parse("2026-11-23T16:30:00Z");

  @Inject Dispatcher dispatcher;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @AfterEach
  void stopSending() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  /** A started manual campaign whose one person has a hostile first name, claimed by a tick. */
  long manualTask(Api user) {
    String[] lines = People.csv(1, true).split("\n");
    lines[1] = "<b>Eve</b>" + lines[1].substring(lines[1].indexOf(','));
    long campaign =
        Scenario.started(user, String.join("\n", lines) + "\n", "MANUAL", 1, "Europe/Berlin");
    clock.setTo(MONDAY_1730_BERLIN);
    dispatcher.tick();
    return Scenario.firstInvitationId(user, campaign);
  }

  @Test
  void
      a_manual_task_shows_its_text_the_copy_button_and_the_escaped_name_and_is_done_from_the_page() {
    Api user = Api.newUser();
    long id = manualTask(user);
    WebSession session = WebSession.signIn(user);
    session
        .get("/today")
        .then()
        .statusCode(200)
        .body(containsString("id=\"task-" + id + "\""))
        .body(containsString("data-copy=\"task-text-" + id + "\""))
        .body(containsString("/assets/today.js"))
        .body(containsString("Open the profile"))
        .body(not(containsString("<b>Eve</b>")))
        .body(containsString("&lt;b&gt;Eve&lt;/b&gt;"));
    session
        .request()
        .header("Origin", WebSession.origin())
        .post("/today/tasks/" + id + "/done")
        .then()
        .statusCode(403);
    assertThat(session.post("/today/tasks/" + id + "/done", Map.of()).statusCode()).isEqualTo(303);
    assertThat((String) user.request().get("/api/invitations/" + id).path("state"))
        .isEqualTo("SENT");
    session.get("/today").then().body(containsString("Nothing to send by hand today."));
  }

  @Test
  void skipping_a_task_puts_it_back_in_the_queue() {
    Api user = Api.newUser();
    long id = manualTask(user);
    WebSession session = WebSession.signIn(user);
    session.get("/today");
    assertThat(session.post("/today/tasks/" + id + "/skip", Map.of()).statusCode()).isEqualTo(303);
    assertThat((String) user.request().get("/api/invitations/" + id).path("state"))
        .isEqualTo("APPROVED");
  }
}
