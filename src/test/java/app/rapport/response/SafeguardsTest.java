package app.rapport.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.rapport.platform.SettableClock;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Auto-pause, the adaptive cap and capacity over simulated weeks (the settable clock moves). */
@QuarkusTest
class SafeguardsTest {

  @Inject EntityManager em;
  @Inject SettableClock clock;
  @Inject AnswerKeys keys;
  @Inject NoReplyJob jobs;
  @Inject CampaignHealth health;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private AnswerFixture active(int people) {
    AnswerFixture f =
        AnswerFixture.drafted(
            Sending.people("p" + System.nanoTime() + "-", people), Map.of("dailyCap", 30));
    f.start();
    return f;
  }

  private String status(AnswerFixture f) {
    return f.user().request().get("/api/campaigns/" + f.campaign()).then().extract().path("status");
  }

  private String pausedReason(AnswerFixture f) {
    return f.user()
        .request()
        .get("/api/campaigns/" + f.campaign())
        .then()
        .extract()
        .path("pausedReason");
  }

  private void oneClick(long id) {
    given()
        .contentType("application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .post("/u/" + keys.tokens().issue(id, AnswerPurpose.OPT_OUT))
        .then()
        .statusCode(200);
  }

  private void accept(AnswerFixture f, long id) {
    f.user()
        .request()
        .body(Map.of("outcome", "ACCEPTED"))
        .post("/api/invitations/" + id + "/outcome")
        .then()
        .statusCode(200);
  }

  private Map<String, Object> effectiveCap(AnswerFixture f) {
    return f.user()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/effective-cap")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  @Test
  void a_second_opt_out_in_twenty_sends_pauses_the_campaign_with_the_numbers() {
    AnswerFixture f = active(20);
    Sending.markSent(em, f.ids(), clock.instant().minus(Duration.ofHours(3)));
    oneClick(f.ids().get(0));
    assertThat(status(f)).isEqualTo("ACTIVE");
    oneClick(f.ids().get(1));
    assertThat(status(f)).isEqualTo("PAUSED");
    assertThat(pausedReason(f))
        .isEqualTo(
            "Paused automatically: 2 of the last 20 recipients opted out (10% of a 20-send window;"
                + " the limit is 5%). Rework the message or the list, then resume.");

    f.user().request().post("/api/campaigns/" + f.campaign() + "/resume").then().statusCode(200);
    health.evaluate(f.campaign());
    assertThat(status(f)).isEqualTo("ACTIVE");
    f.user()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/safeguards")
        .then()
        .statusCode(200)
        .body("window", equalTo(20))
        .body("recent.sends", equalTo(0));
  }

  @Test
  void bounces_at_the_door_count_and_pause_before_twenty_sends() {
    AnswerFixture f = active(5);
    Instant now = clock.instant();
    for (long id : f.ids().subList(0, 3)) {
      Sending.markBouncedAtSend(em, id, now.minusSeconds(60));
    }
    assertThat(health.evaluate(f.campaign())).isPresent();
    assertThat(pausedReason(f)).startsWith("Paused automatically: 3 of the last 3 sends bounced");
  }

  @Test
  void no_acceptance_pauses_only_once_twenty_sends_are_a_week_old() {
    AnswerFixture f = active(20);
    Sending.markSent(em, f.ids(), clock.instant());
    clock.advance(Duration.ofDays(6));
    jobs.run();
    assertThat(status(f)).isEqualTo("ACTIVE");
    clock.advance(Duration.ofDays(2));
    jobs.run();
    assertThat(status(f)).isEqualTo("PAUSED");
    assertThat(pausedReason(f)).contains("0 of the last 20 sends older than 7 days were accepted");
  }

  @Test
  void the_adaptive_cap_halves_below_ten_percent_and_recovers_with_acceptance() {
    AnswerFixture f = active(20);
    Sending.markSent(em, f.ids(), clock.instant());
    accept(f, f.ids().get(0));
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 30);
    clock.advance(Duration.ofDays(8));
    jobs.run();
    assertThat(status(f)).isEqualTo("ACTIVE");
    Map<String, Object> slowed = effectiveCap(f);
    assertThat(slowed).containsEntry("dailyCap", 30).containsEntry("effectiveCap", 15);
    assertThat((List<?>) slowed.get("reasons")).hasSize(1);
    accept(f, f.ids().get(1));
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 30);
  }

  @Test
  void accepted_invitations_waiting_for_their_meeting_lower_the_cap_until_they_are_met() {
    AnswerFixture f = active(4);
    f.user()
        .request()
        .body(Map.of("coffeesPerWeek", 2))
        .put("/api/capacity")
        .then()
        .statusCode(200)
        .body("coffeesPerWeek", equalTo(2))
        .body("waitingToMeet", equalTo(0));
    Sending.markSent(em, f.ids(), clock.instant());
    accept(f, f.ids().get(0));
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 15);
    accept(f, f.ids().get(1));
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 0);
    clock.advance(Duration.ofDays(7));
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 0);
    f.user()
        .request()
        .body(Map.of("outcome", "MET"))
        .post("/api/invitations/" + f.ids().get(0) + "/outcome")
        .then()
        .statusCode(200);
    assertThat(effectiveCap(f)).containsEntry("effectiveCap", 15);
  }

  @Test
  void safeguards_are_set_per_campaign_and_another_user_gets_404() {
    AnswerFixture f = active(3);
    f.user()
        .request()
        .body(Map.of("window", 10, "maxOptOutRate", 0.2))
        .put("/api/campaigns/" + f.campaign() + "/safeguards")
        .then()
        .statusCode(200)
        .body("window", equalTo(10))
        .body("maxOptOutRate", equalTo(0.2f))
        .body("maxBounceRate", equalTo(0.1f));
    f.user()
        .request()
        .body(Map.of("minAcceptanceRate", 0.3))
        .put("/api/campaigns/" + f.campaign() + "/safeguards")
        .then()
        .statusCode(422);
    app.rapport.support.Api.newUser()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/safeguards")
        .then()
        .statusCode(404);
    app.rapport.support.Api.newUser()
        .request()
        .get("/api/campaigns/" + f.campaign() + "/effective-cap")
        .then()
        .statusCode(404);
  }
}
