package app.rapport.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.response.token.AnswerTokens;
import app.rapport.response.token.SigningKey;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recipient's links (RELIABILITY.md 15–19): confirm on GET, record on POST, and only then. */
@QuarkusTest
class AnswerPagesTest {

  @Inject EntityManager em;
  @Inject AnswerKeys keys;
  @Inject SettableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private AnswerFixture sent() {
    AnswerFixture f = AnswerFixture.drafted();
    Sending.markSent(em, f.ids(), clock.instant().minus(Duration.ofHours(2)));
    return f;
  }

  private String answerToken(long id) {
    return keys.tokens().issue(id, AnswerPurpose.ANSWER);
  }

  private String optOutToken(long id) {
    return keys.tokens().issue(id, AnswerPurpose.OPT_OUT);
  }

  private Response post(String path, String choice) {
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("choice", choice)
        .post(path);
  }

  /** The opt-out page's confirmation POST, as the form sends it. */
  private Response optOut(long id) {
    return given().contentType("application/x-www-form-urlencoded").post("/u/" + optOutToken(id));
  }

  private long answers(long id) {
    return Sending.number(em, "select count(*) from answer where invitation_id = ?1", id);
  }

  private long events(long id) {
    return Sending.number(em, "select count(*) from invitation_event where invitation_id = ?1", id);
  }

  private long suppressions(AnswerFixture f) {
    return Sending.number(
        em,
        "select count(*) from suppression s join app_user u on u.id = s.owner_id"
            + " where lower(u.email) = lower(?1)",
        f.user().email());
  }

  @Test
  void a_get_on_an_answer_or_opt_out_link_shows_a_confirmation_and_records_nothing() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    long eventsBefore = events(id);
    for (String choice : List.of("accept", "decline", "")) {
      String html =
          given()
              .get("/a/" + answerToken(id) + "?choice=" + choice)
              .then()
              .statusCode(200)
              .header("Cache-Control", "no-store")
              .header("Content-Security-Policy", AnswerPages.CSP)
              .extract()
              .asString();
      assertThat(html).contains("<form method=\"post\"").contains("answer/answer.css");
      assertThat(html).doesNotContain("<script").doesNotContain("style=");
    }
    given().get("/u/" + optOutToken(id)).then().statusCode(200);
    assertThat(f.state(id)).isEqualTo("SENT");
    assertThat(answers(id)).isZero();
    assertThat(events(id)).isEqualTo(eventsBefore);
    assertThat(suppressions(f)).isZero();
  }

  @Test
  void an_accept_is_recorded_by_post_and_thanks_with_the_booking_link() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    String html =
        post("/a/" + answerToken(id), "accept").then().statusCode(200).extract().asString();
    assertThat(html).contains("Thank you!").contains("href=\"https://cal.example/sam\"");
    assertThat(f.state(id)).isEqualTo("ACCEPTED");
    assertThat(answers(id)).isOne();
    f.user()
        .request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("find { it.event == 'ACCEPT' }.actor", org.hamcrest.Matchers.equalTo("recipient"))
        .body("find { it.event == 'ACCEPT' }.fromState", org.hamcrest.Matchers.equalTo("SENT"));
  }

  @Test
  void the_same_answer_posted_five_times_then_changed_is_one_row_and_opt_out_is_final() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    String token = answerToken(id);
    long eventsBefore = events(id);
    for (int i = 0; i < 5; i++) {
      post("/a/" + token, "accept").then().statusCode(200);
    }
    assertThat(answers(id)).isOne();
    assertThat(events(id)).isEqualTo(eventsBefore + 1);

    post("/a/" + token, "decline").then().statusCode(200);
    assertThat(f.state(id)).isEqualTo("DECLINED");
    assertThat(answers(id)).isOne();
    assertThat(Sending.text(em, "select choice from answer where invitation_id = ?1", id))
        .isEqualTo("DECLINE");
    assertThat(Sending.text(em, "select previous_choice from answer where invitation_id = ?1", id))
        .isEqualTo("ACCEPT");
    assertThat(Sending.number(em, "select changes from answer where invitation_id = ?1", id))
        .isOne();

    post("/a/" + token, "accept").then().statusCode(200);
    assertThat(f.state(id)).isEqualTo("ACCEPTED");

    optOut(id).then().statusCode(200);
    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    long eventsAfterOptOut = events(id);

    String refused = post("/a/" + token, "accept").then().statusCode(409).extract().asString();
    assertThat(refused).contains("You opted out");
    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    assertThat(answers(id)).isOne();
    assertThat(events(id)).isEqualTo(eventsAfterOptOut);
    assertThat(Sending.text(em, "select choice from answer where invitation_id = ?1", id))
        .isEqualTo("OPT_OUT");
  }

  @Test
  void a_decline_says_no_worries_and_its_opt_out_form_works() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    String html =
        post("/a/" + answerToken(id), "decline").then().statusCode(200).extract().asString();
    assertThat(html).contains("No worries");
    Matcher action = Pattern.compile("action=\"\\.\\./u/([^\"]+)\"").matcher(html);
    assertThat(action.find()).isTrue();
    given()
        .contentType("application/x-www-form-urlencoded")
        .post("/u/" + action.group(1))
        .then()
        .statusCode(200);
    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    assertThat(suppressions(f)).isOne();
  }

  @Test
  void a_one_click_opt_out_without_cookies_or_csrf_token_answers_200_and_suppresses() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    Response response =
        given()
            .contentType("application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .post("/u/" + optOutToken(id));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Set-Cookie")).isNull();
    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    assertThat(suppressions(f)).isOne();
    assertThat(Sending.text(em, "select source from answer where invitation_id = ?1", id))
        .isEqualTo("ONE_CLICK");
  }

  @Test
  void tampered_wrong_purpose_unknown_key_and_expired_tokens_answer_4xx_and_change_nothing() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    long eventsBefore = events(id);
    String good = answerToken(id);
    char last = good.charAt(good.length() - 1);
    String tampered = good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A');
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String unknownKey =
        new AnswerTokens(List.of(new SigningKey("retired", secret)), Clock.systemUTC())
            .issue(id, AnswerPurpose.ANSWER);

    post("/a/" + tampered, "accept").then().statusCode(404);
    post("/a/" + optOutToken(id), "accept").then().statusCode(404);
    post("/a/" + unknownKey, "accept").then().statusCode(404);
    given()
        .contentType("application/x-www-form-urlencoded")
        .post("/u/" + good)
        .then()
        .statusCode(404);
    post("/a/not-a-token", "accept").then().statusCode(404);
    given().get("/a/" + tampered + "?choice=accept").then().statusCode(404);

    clock.advance(Duration.ofDays(91));
    String expired = post("/a/" + good, "accept").then().statusCode(410).extract().asString();
    assertThat(expired).contains("expired");
    clock.reset();

    assertThat(f.state(id)).isEqualTo("SENT");
    assertThat(answers(id)).isZero();
    assertThat(events(id)).isEqualTo(eventsBefore);
    assertThat(suppressions(f)).isZero();
  }

  @Test
  void an_opt_out_link_from_a_year_ago_still_works() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    String token = optOutToken(id);
    clock.advance(Duration.ofDays(400));
    given()
        .contentType("application/x-www-form-urlencoded")
        .post("/u/" + token)
        .then()
        .statusCode(200);
    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    assertThat(suppressions(f)).isOne();
  }

  @Test
  void an_opt_out_before_sending_suppresses_the_address_and_withdraws_the_draft() {
    AnswerFixture f = AnswerFixture.drafted();
    long id = f.ids().getFirst();
    optOut(id).then().statusCode(200);
    assertThat(f.state(id)).isEqualTo("REJECTED");
    assertThat(f.state(f.ids().get(1))).isEqualTo("DRAFTED");
    assertThat(suppressions(f)).isOne();
    assertThat(answers(id)).isZero();
  }

  @Test
  void the_same_person_opting_out_of_two_campaigns_at_once_is_suppressed_once() throws Exception {
    AnswerFixture f = AnswerFixture.drafted();
    long list = Scenario.list(f.user(), Scenario.PEOPLE);
    long other = Scenario.campaign(f.user(), Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(f.user(), other, list);
    long first = f.ids().getFirst();
    long second = Scenario.invitationIds(f.user(), other).getFirst();
    Sending.markSent(em, List.of(first, second), clock.instant().minus(Duration.ofHours(2)));
    java.util.concurrent.atomic.AtomicInteger turn =
        new java.util.concurrent.atomic.AtomicInteger();

    List<Integer> statuses =
        app.rapport.support.Parallel.results(
            16, 8, () -> optOut(turn.getAndIncrement() % 2 == 0 ? first : second).statusCode());

    assertThat(statuses).containsOnly(200);
    assertThat(f.state(first)).isEqualTo("OPTED_OUT");
    assertThat(f.state(second)).isEqualTo("OPTED_OUT");
    assertThat(suppressions(f)).isOne();
  }

  @Test
  void an_opt_out_from_one_campaign_withdraws_what_waits_for_that_person_in_the_others() {
    AnswerFixture f = AnswerFixture.drafted();
    long id = f.ids().getFirst();
    long list = Scenario.list(f.user(), Scenario.PEOPLE);
    long other = Scenario.campaign(f.user(), Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(f.user(), other, list);
    List<Long> waiting = Scenario.invitationIds(f.user(), other);
    Sending.markSent(em, f.ids(), clock.instant().minus(Duration.ofHours(2)));

    optOut(id).then().statusCode(200);

    assertThat(f.state(id)).isEqualTo("OPTED_OUT");
    assertThat(f.state(waiting.getFirst())).isEqualTo("REJECTED");
    assertThat(f.state(waiting.get(1))).isEqualTo("DRAFTED");
    assertThat(
            Sending.text(
                em,
                "select reason from invitation_event where invitation_id = ?1"
                    + " and actor = 'system:suppression'",
                waiting.getFirst()))
        .contains("suppression list (opted out)");
  }
}
