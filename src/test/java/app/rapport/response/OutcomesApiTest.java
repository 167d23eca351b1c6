package app.rapport.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutcomesApiTest {

  @Inject EntityManager em;
  @Inject SettableClock clock;
  @Inject NoReplyJob noReply;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private AnswerFixture sent() {
    AnswerFixture f = AnswerFixture.drafted();
    Sending.markSent(em, f.ids(), clock.instant().minus(Duration.ofHours(1)));
    return f;
  }

  private io.restassured.response.ValidatableResponse outcome(
      AnswerFixture f, long id, String outcome, String note) {
    return f.user()
        .request()
        .body(note == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "note", note))
        .post("/api/invitations/" + id + "/outcome")
        .then();
  }

  @Test
  void a_user_records_an_acceptance_then_the_meeting_with_notes_in_the_trail() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    outcome(f, id, "ACCEPTED", "said yes on the phone")
        .statusCode(200)
        .body("state", equalTo("ACCEPTED"));
    outcome(f, id, "ACCEPTED", null).statusCode(200).body("state", equalTo("ACCEPTED"));
    outcome(f, id, "MET", "coffee at the station").statusCode(200).body("state", equalTo("MET"));
    f.user()
        .request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("event", hasItem("ACCEPT"))
        .body("find { it.event == 'ACCEPT' }.reason", equalTo("said yes on the phone"))
        .body("find { it.event == 'MEET' }.reason", equalTo("coffee at the station"))
        .body("findAll { it.event == 'ACCEPT' }.size()", equalTo(1));
    assertThat(Sending.text(em, "select source from answer where invitation_id = ?1", id))
        .isEqualTo("USER");
  }

  @Test
  void a_meeting_recorded_on_a_sent_invitation_records_the_acceptance_first() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    outcome(f, id, "MET", null).statusCode(200).body("state", equalTo("MET"));
    f.user()
        .request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("event", hasItem("ACCEPT"))
        .body("event", hasItem("MEET"));
  }

  @Test
  void an_opt_out_is_final_and_a_later_acceptance_is_a_409_naming_what_is_allowed() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    outcome(f, id, "OPTED_OUT", "asked by mail")
        .statusCode(200)
        .body("state", equalTo("OPTED_OUT"));
    outcome(f, id, "ACCEPTED", null)
        .statusCode(409)
        .body("currentState", equalTo("OPTED_OUT"))
        .body("allowedEvents", equalTo(List.of("OPT_OUT")));
    f.user().request().get("/api/suppressions").then().body("reason", hasItem("OPTED_OUT"));
  }

  @Test
  void a_reply_is_classified_later_and_the_answer_row_keeps_the_reply_as_previous() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    outcome(f, id, "REPLIED", null).statusCode(200).body("state", equalTo("REPLIED"));
    outcome(f, id, "DECLINED", "not this quarter")
        .statusCode(200)
        .body("state", equalTo("DECLINED"));
    assertThat(Sending.text(em, "select previous_choice from answer where invitation_id = ?1", id))
        .isEqualTo("REPLY");
  }

  @Test
  void another_users_invitation_is_404_and_unchanged() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    Api stranger = Api.newUser();
    stranger
        .request()
        .body(Map.of("outcome", "ACCEPTED"))
        .post("/api/invitations/" + id + "/outcome")
        .then()
        .statusCode(404);
    assertThat(f.state(id)).isEqualTo("SENT");
  }

  @Test
  void an_unknown_outcome_or_a_note_with_control_characters_is_refused() {
    AnswerFixture f = sent();
    long id = f.ids().getFirst();
    outcome(f, id, "WON", null).statusCode(400);
    outcome(f, id, "ACCEPTED", "bad\u0007note").statusCode(400);
    assertThat(f.state(id)).isEqualTo("SENT");
  }

  @Test
  void sent_invitations_without_an_answer_become_no_reply_after_fourteen_days_once() {
    AnswerFixture f = AnswerFixture.drafted();
    long old = f.ids().get(0);
    long recent = f.ids().get(1);
    long answered = f.ids().get(2);
    Sending.markSent(em, old, clock.instant().minus(Duration.ofDays(15)));
    Sending.markSent(em, recent, clock.instant().minus(Duration.ofDays(13)));
    Sending.markSent(em, answered, clock.instant().minus(Duration.ofDays(20)));
    outcome(f, answered, "DECLINED", null).statusCode(200);

    noReply.run();
    assertThat(f.state(old)).isEqualTo("NO_REPLY");
    assertThat(f.state(recent)).isEqualTo("SENT");
    assertThat(f.state(answered)).isEqualTo("DECLINED");
    f.user()
        .request()
        .get("/api/invitations/" + old + "/audit")
        .then()
        .body("find { it.event == 'EXPIRE' }.actor", equalTo("system:no-reply"))
        .body("find { it.event == 'EXPIRE' }.toState", equalTo("NO_REPLY"));
    long lines =
        Sending.number(em, "select count(*) from invitation_event where invitation_id = ?1", old);
    noReply.run();
    assertThat(
            Sending.number(
                em, "select count(*) from invitation_event where invitation_id = ?1", old))
        .isEqualTo(lines);

    clock.advance(Duration.ofDays(2));
    noReply.run();
    assertThat(f.state(recent)).isEqualTo("NO_REPLY");
    outcome(f, old, "ACCEPTED", "late yes").statusCode(200).body("state", equalTo("ACCEPTED"));
  }
}
