package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Drafts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewPageTest {

  static final String GOOD =
      "Hi Mary,\n\nI read your post \"On monsters\" and it stayed with me."
          + " I'm reaching out because I'm starting an independent practice in data engineering."
          + " I'd like to ask you about how you found your first clients, and I'd be glad to share"
          + " my notes from interviewing forty data teams. Would you have 20 minutes for a video call?"
          + " If now isn't a good time, no worries at all.\n\nSam";

  static final String GOOD_FOR_ADA =
      "Hi Ada,\n\nI read your post \"Notes on the engine\" and the part on loops stayed with me."
          + " I'm reaching out because I'm starting an independent practice in data engineering."
          + " I'd like to ask you about how you found your first clients, and I'd be glad to share"
          + " my notes from interviewing forty data teams. Would you have 20 minutes for a video call?"
          + " If now isn't a good time, no worries at all.\n\nSam";

  static final String WITH_A_TREAT =
      GOOD.replace("Would you have", "I'll buy you a coffee. Would you have");

  /** A request as htmx sends it from the page: the token in its header. */
  static Response htmx(WebSession session, String path, Map<String, ?> form) {
    var request =
        session
            .request()
            .header("Origin", WebSession.origin())
            .header("HX-Request", "true")
            .header("X-CSRF-Token", session.token());
    form.forEach(request::formParam);
    return session.send(request.post(path));
  }

  static WebSession reviewing(Drafted d) {
    WebSession session = WebSession.signIn(d.user());
    session.get("/campaigns/" + d.campaign() + "/review").then().statusCode(200);
    return session;
  }

  @Test
  void the_queue_shows_each_draft_with_its_findings_marked_and_the_shortcuts() {
    Drafted d = Drafted.create();
    WebSession session = WebSession.signIn(d.user());
    session
        .get("/campaigns/" + d.campaign() + "/review")
        .then()
        .statusCode(200)
        .body(containsString("To Mary Shelley"))
        .body(containsString("To Ada Lovelace"))
        .body(containsString("<mark class=\"block\""))
        .body(containsString("gift card"))
        .body(containsString("<kbd>j</kbd>"))
        .body(containsString("<kbd>a</kbd> approve"))
        .body(containsString("/assets/review.js"));
  }

  @Test
  void a_blocked_draft_cannot_be_approved_and_says_what_to_change() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    WebSession session = reviewing(d);
    htmx(session, "/invitations/" + mary + "/approve", Map.of())
        .then()
        .statusCode(200)
        .body(containsString("id=\"draft-" + mary + "\""))
        .body(containsString("cannot be approved"));
    assertThat(d.invitation(mary)).containsEntry("state", "DRAFTED");
  }

  @Test
  void fixing_a_blocked_draft_by_editing_it_lets_it_be_approved() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    WebSession session = reviewing(d);
    htmx(
            session,
            "/invitations/" + mary + "/edit",
            Map.of(
                "subject",
                "Your post on monsters",
                "body",
                Drafts.keepingOptOut(d.user(), mary, GOOD)))
        .then()
        .statusCode(200)
        .body(not(containsString("<mark class=\"block\"")))
        .body(containsString("data-action=\"approve\""));
    assertThat(d.invitation(mary)).containsEntry("blocked", false).containsEntry("edited", true);
    htmx(session, "/invitations/" + mary + "/approve", Map.of())
        .then()
        .statusCode(200)
        .body(containsString("Approved"));
    assertThat(d.invitation(mary)).containsEntry("state", "APPROVED");
  }

  @Test
  void an_edit_that_drops_the_opt_out_link_is_shown_again_with_the_reason() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    Object before = d.invitation(mary).get("body");
    WebSession session = reviewing(d);
    htmx(
            session,
            "/invitations/" + mary + "/edit",
            Map.of("subject", "Your post on monsters", "body", GOOD))
        .then()
        .statusCode(200)
        .body(containsString("Keep the opt-out link"))
        .body(containsString("interviewing"));
    assertThat(d.invitation(mary).get("body")).isEqualTo(before);
    assertThat(d.invitation(mary)).containsEntry("edited", false);
  }

  @Test
  void the_live_check_marks_the_typed_text_without_saving_it() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    Object before = d.invitation(mary).get("body");
    WebSession session = reviewing(d);
    htmx(
            session,
            "/invitations/" + mary + "/check",
            Map.of("subject", "Hello", "body", GOOD + "\nHere is a $20 gift card."))
        .then()
        .statusCode(200)
        .body(containsString("not saved yet"))
        .body(containsString("<mark class=\"block\""));
    htmx(session, "/invitations/" + mary + "/check", Map.of("subject", "Hello", "body", GOOD))
        .then()
        .statusCode(200)
        .body(not(containsString("<mark class=\"block\"")));
    assertThat(d.invitation(mary).get("body")).isEqualTo(before);
  }

  @Test
  void a_draft_with_warnings_is_approved_only_with_a_reason_which_is_kept() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    WebSession session = reviewing(d);
    htmx(
            session,
            "/invitations/" + mary + "/edit",
            Map.of(
                "subject",
                "Your post on monsters",
                "body",
                Drafts.keepingOptOut(d.user(), mary, WITH_A_TREAT)))
        .then()
        .statusCode(200)
        .body(containsString("Why approve despite the warnings?"));
    htmx(session, "/invitations/" + mary + "/approve", Map.of())
        .then()
        .statusCode(200)
        .body(containsString("approve with a reason"));
    assertThat(d.invitation(mary)).containsEntry("state", "DRAFTED");
    htmx(
            session,
            "/invitations/" + mary + "/approve",
            Map.of("reason", "we had coffee before; she will laugh"))
        .then()
        .statusCode(200)
        .body(containsString("we had coffee before; she will laugh"));
    assertThat(d.invitation(mary))
        .containsEntry("state", "APPROVED")
        .containsEntry("overrideReason", "we had coffee before; she will laugh");
  }

  @Test
  void rejecting_a_draft_from_a_plain_form_goes_back_to_the_queue() {
    Drafted d = Drafted.create();
    long ada = d.draftTo("ada@example.com");
    WebSession session = reviewing(d);
    Response rejected = session.post("/invitations/" + ada + "/reject", Map.of());
    assertThat(rejected.statusCode()).isEqualTo(303);
    assertThat(rejected.getHeader("Location"))
        .endsWith("/campaigns/" + d.campaign() + "/review#draft-" + ada);
    assertThat(d.invitation(ada)).containsEntry("state", "REJECTED");
    session
        .get("/campaigns/" + d.campaign() + "/review?state=REJECTED")
        .then()
        .statusCode(200)
        .body(containsString("To Ada Lovelace"));
  }

  @Test
  void approving_every_clean_draft_at_once_leaves_the_others() {
    Drafted d = Drafted.create();
    long mary = d.draftTo("mary@example.com");
    long ada = d.draftTo("ada@example.com");
    d.user()
        .request()
        .body(
            Map.of(
                "subject", "Your post", "body", Drafts.keepingOptOut(d.user(), ada, GOOD_FOR_ADA)))
        .put("/api/invitations/" + ada)
        .then()
        .statusCode(200);
    WebSession session = reviewing(d);
    Response done = session.post("/campaigns/" + d.campaign() + "/review/approve-clean", Map.of());
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(d.invitation(ada)).containsEntry("state", "APPROVED");
    assertThat(d.invitation(mary)).containsEntry("state", "DRAFTED");
    session
        .get(done.getHeader("Location").replaceAll("^https?://[^/]+", ""))
        .then()
        .statusCode(200)
        .body(containsString("with findings are left for you to look at"));
  }
}
