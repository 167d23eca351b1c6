package app.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.rapport.support.Api;
import app.rapport.support.Drafts;
import app.rapport.support.Parallel;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewApiTest {

  static final String GOOD =
      "Hi Ada,\n\nI read your post \"Notes on the engine\" and the part on loops stayed with me."
          + " I'm reaching out because I'm starting an independent practice in data engineering."
          + " I'd like to ask you about how you found your first clients, and I'd be glad to share"
          + " my notes from interviewing forty data teams. Would you have 20 minutes for a video call?"
          + " If now isn't a good time, no worries at all.\n\nSam";

  record Setup(Api user, long campaign, List<Long> ids) {}

  static Setup drafted() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    List<Long> ids =
        Scenario.invitations(user, campaign).stream()
            .map(d -> ((Number) d.get("id")).longValue())
            .toList();
    return new Setup(user, campaign, ids);
  }

  static void edit(Api user, long id, String body) {
    user.request()
        .body(Map.of("subject", "Your post", "body", Drafts.keepingOptOut(user, id, body)))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(200);
  }

  @Test
  void a_clean_draft_is_approved_and_audited() {
    Setup s = drafted();
    long id = s.ids().getFirst();
    edit(s.user(), id, GOOD);
    s.user()
        .request()
        .get("/api/invitations/" + id)
        .then()
        .body("blocked", equalTo(false))
        .body("warnings", equalTo(0));
    s.user()
        .request()
        .post("/api/invitations/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("state", equalTo("APPROVED"))
        .body("approvedAt", org.hamcrest.Matchers.notNullValue());
    s.user()
        .request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("event", hasItem("APPROVE"))
        .body("find { it.event == 'APPROVE' }.fromState", equalTo("DRAFTED"))
        .body("find { it.event == 'APPROVE' }.toState", equalTo("APPROVED"))
        .body("find { it.event == 'APPROVE' }.actor", org.hamcrest.Matchers.startsWith("user:"));
  }

  @Test
  void a_blocked_draft_cannot_be_approved() {
    Setup s = drafted();
    long id = s.ids().getFirst();
    edit(s.user(), id, "Hi Ada, here is a $50 Amazon gift card if you take my call. Sam");
    s.user()
        .request()
        .post("/api/invitations/" + id + "/approve")
        .then()
        .statusCode(409)
        .body("findings.code", hasItem("GIFT"));
    s.user().request().get("/api/invitations/" + id).then().body("state", equalTo("DRAFTED"));
  }

  @Test
  void a_warning_is_overridden_only_with_a_reason_which_is_recorded() {
    Setup s = drafted();
    long id = s.ids().getFirst();
    edit(s.user(), id, GOOD + "\n\nI love your work!");
    s.user()
        .request()
        .get("/api/invitations/" + id)
        .then()
        .body("findings.code", hasItem("PLATITUDE"))
        .body("blocked", equalTo(false));
    s.user().request().post("/api/invitations/" + id + "/approve").then().statusCode(422);
    s.user()
        .request()
        .body(Map.of("reason", "we worked together years ago"))
        .post("/api/invitations/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("overrideReason", equalTo("we worked together years ago"));
    s.user()
        .request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("find { it.event == 'APPROVE' }.reason", equalTo("we worked together years ago"));
  }

  @Test
  void a_draft_to_a_suppressed_address_is_withdrawn_and_cannot_be_approved_again() {
    Setup s = drafted();
    long ada = s.ids().getFirst();
    long grace = s.ids().get(1);
    edit(s.user(), ada, GOOD);
    s.user()
        .request()
        .body(Map.of("address", "ada@example.com"))
        .post("/api/suppressions")
        .then()
        .statusCode(201);
    s.user().request().get("/api/invitations/" + ada).then().body("state", equalTo("REJECTED"));
    s.user().request().get("/api/invitations/" + grace).then().body("state", equalTo("DRAFTED"));
    s.user()
        .request()
        .get("/api/invitations/" + ada + "/audit")
        .then()
        .body("find { it.event == 'REJECT' }.actor", equalTo("system:suppression"))
        .body(
            "find { it.event == 'REJECT' }.reason",
            org.hamcrest.Matchers.containsString("suppression list"));

    s.user().request().post("/api/invitations/" + ada + "/reopen").then().statusCode(200);
    s.user()
        .request()
        .post("/api/invitations/" + ada + "/approve")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("suppression list"));
    s.user()
        .request()
        .body(Map.of("overrideWarnings", true, "reason", "checked each one"))
        .post("/api/campaigns/" + s.campaign() + "/approve")
        .then()
        .statusCode(200)
        .body(
            "left.find { it.invitationId == " + ada + " }.reason",
            org.hamcrest.Matchers.containsString("suppression list"));
    s.user().request().get("/api/invitations/" + ada).then().body("state", equalTo("DRAFTED"));
    s.user().request().get("/api/invitations/" + grace).then().body("state", equalTo("APPROVED"));
  }

  @Test
  void an_illegal_transition_is_a_409_with_the_current_state_and_allowed_events() {
    Setup s = drafted();
    long id = s.ids().getFirst();
    s.user()
        .request()
        .post("/api/invitations/" + id + "/reject")
        .then()
        .statusCode(200)
        .body("state", equalTo("REJECTED"));
    s.user()
        .request()
        .post("/api/invitations/" + id + "/unapprove")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentState", equalTo("REJECTED"))
        .body("allowedEvents", hasItem("REOPEN"));
    s.user()
        .request()
        .post("/api/invitations/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFTED"));
  }

  @Test
  void unapproving_and_editing_send_an_approved_draft_back_to_review() {
    Setup s = drafted();
    long id = s.ids().getFirst();
    edit(s.user(), id, GOOD);
    s.user().request().post("/api/invitations/" + id + "/approve").then().statusCode(200);
    s.user()
        .request()
        .post("/api/invitations/" + id + "/unapprove")
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFTED"));
    s.user().request().post("/api/invitations/" + id + "/approve").then().statusCode(200);
    edit(s.user(), id, GOOD.replace("Sam", "Sam (edited)"));
    s.user()
        .request()
        .get("/api/invitations/" + id)
        .then()
        .body("state", equalTo("DRAFTED"))
        .body("approvedAt", equalTo(null));
  }

  @Test
  void concurrent_approvals_of_one_draft_make_one_approval() throws Exception {
    Setup s = drafted();
    long id = s.ids().getFirst();
    edit(s.user(), id, GOOD);
    List<Integer> statuses =
        Parallel.results(
            16,
            8,
            () -> s.user().request().post("/api/invitations/" + id + "/approve").statusCode());
    assertThat(statuses).containsOnly(200);
    List<String> events =
        s.user()
            .request()
            .get("/api/invitations/" + id + "/audit")
            .then()
            .extract()
            .jsonPath()
            .getList("event");
    assertThat(events.stream().filter("APPROVE"::equals).count()).isEqualTo(1);
  }

  @Test
  void bulk_approval_takes_clean_drafts_and_says_why_it_left_the_others() {
    Setup s = drafted();
    edit(s.user(), s.ids().get(0), GOOD);
    edit(s.user(), s.ids().get(1), "Hi, want a 20% discount on our demo? Buy now. Sam");
    edit(
        s.user(),
        s.ids().get(2),
        GOOD.replace("Ada", "Linus").replace("Notes on the engine", "On email patches")
            + "\nI love your work!");
    s.user()
        .request()
        .post("/api/campaigns/" + s.campaign() + "/approve")
        .then()
        .statusCode(200)
        .body("approved", equalTo(1))
        .body("left.size()", equalTo(2));
    s.user()
        .request()
        .body(Map.of("overrideWarnings", true, "reason", "checked by hand"))
        .post("/api/campaigns/" + s.campaign() + "/approve")
        .then()
        .statusCode(200)
        .body("approved", equalTo(1))
        .body("left.size()", equalTo(1))
        .body("left[0].reason", org.hamcrest.Matchers.startsWith("blocked"));
    s.user()
        .request()
        .get("/api/campaigns/" + s.campaign() + "/invitations")
        .then()
        .body("counts.APPROVED", equalTo(2))
        .body("counts.DRAFTED", equalTo(1));
  }

  @Test
  void the_queue_filters_and_pages_without_gaps_or_repeats_while_drafts_change() {
    Setup s = drafted();
    edit(s.user(), s.ids().get(1), "Hi, a $10 voucher for you. Sam");
    s.user()
        .request()
        .get("/api/invitations?campaignId=" + s.campaign() + "&rule=GIFT")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].id", equalTo(s.ids().get(1).intValue()));
    s.user()
        .request()
        .get("/api/invitations?campaignId=" + s.campaign() + "&severity=BLOCK")
        .then()
        .body("items.id", hasItem(s.ids().get(1).intValue()));
    s.user()
        .request()
        .get("/api/invitations?campaignId=" + s.campaign() + "&contextType=TALK")
        .then()
        .body("items.size()", equalTo(1));
    var first =
        s.user()
            .request()
            .get("/api/campaigns/" + s.campaign() + "/invitations?limit=2")
            .then()
            .extract()
            .jsonPath();
    List<Integer> seen = new ArrayList<>(first.getList("items.id", Integer.class));
    s.user()
        .request()
        .post("/api/invitations/" + seen.getFirst() + "/reject")
        .then()
        .statusCode(200);
    var second =
        s.user()
            .request()
            .get(
                "/api/campaigns/"
                    + s.campaign()
                    + "/invitations?limit=2&after="
                    + first.getLong("nextAfter"))
            .then()
            .extract()
            .jsonPath();
    seen.addAll(second.getList("items.id", Integer.class));
    assertThat(seen).doesNotHaveDuplicates().hasSize(3);
    assertThat(second.getString("nextAfter")).isNull();
  }

  @Test
  void another_users_ids_answer_404_on_every_review_endpoint() {
    Setup s = drafted();
    Api intruder = Api.newUser();
    long id = s.ids().getFirst();
    intruder.request().get("/api/invitations/" + id).then().statusCode(404);
    intruder
        .request()
        .body(Map.of("subject", "x", "body", "y"))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(404);
    intruder.request().get("/api/invitations/" + id + "/audit").then().statusCode(404);
    for (String action : List.of("approve", "reject", "unapprove", "reopen")) {
      intruder.request().post("/api/invitations/" + id + "/" + action).then().statusCode(404);
    }
    intruder.request().get("/api/campaigns/" + s.campaign()).then().statusCode(404);
    intruder
        .request()
        .body(Scenario.campaignBody("EMAIL", List.of()))
        .put("/api/campaigns/" + s.campaign())
        .then()
        .statusCode(404);
    for (String action : List.of("start", "pause", "resume", "archive", "approve")) {
      intruder
          .request()
          .post("/api/campaigns/" + s.campaign() + "/" + action)
          .then()
          .statusCode(404);
    }
    intruder
        .request()
        .body(Map.of("listId", 1))
        .post("/api/campaigns/" + s.campaign() + "/drafts")
        .then()
        .statusCode(404);
    intruder
        .request()
        .get("/api/campaigns/" + s.campaign() + "/invitations")
        .then()
        .statusCode(404);
    intruder.request().get("/api/campaigns/" + s.campaign() + "/audit").then().statusCode(404);
    intruder.request().get("/api/invitations?campaignId=" + s.campaign()).then().statusCode(404);
    intruder.request().delete("/api/campaigns/" + s.campaign()).then().statusCode(404);
    s.user()
        .request()
        .get("/api/invitations/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFTED"));
    s.user()
        .request()
        .get("/api/campaigns/" + s.campaign())
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }
}
