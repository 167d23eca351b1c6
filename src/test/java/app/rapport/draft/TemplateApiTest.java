package app.rapport.draft;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateApiTest {

  static final String MINE =
      """
      ---
      name: my-talk-note
      description: My own short note about a talk.
      contextType: TALK
      channels: EMAIL
      kind: INVITATION
      subject: Your talk {{hook.title}}
      requires: contact.firstName, hook.title
      ---
      Hi {{contact.firstName}}, I watched "{{hook.title}}". I'm reaching out because {{campaign.intent}}.
      Would {{campaign.minutes}} minutes work? No worries if not.
      """;

  @Test
  void the_built_in_templates_are_listed() {
    Api.newUser()
        .request()
        .get("/api/templates")
        .then()
        .statusCode(200)
        .body("name", hasItem("blog-post-email"))
        .body("name", hasItem("introduction-request-email"));
  }

  @Test
  void a_users_template_is_stored_and_usable_by_a_campaign() {
    Api user = Api.newUser();
    user.request()
        .body(Map.of("source", MINE))
        .post("/api/templates")
        .then()
        .statusCode(201)
        .body("name", equalTo("my-talk-note"))
        .body("builtIn", equalTo(false));
    user.request().body(Map.of("source", MINE)).post("/api/templates").then().statusCode(409);
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign =
        Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of("my-talk-note")));
    Map<String, Object> report = Scenario.draft(user, campaign, list);
    org.assertj.core.api.Assertions.assertThat(report).containsEntry("drafted", 1);
    Api.newUser()
        .request()
        .body(Scenario.campaignBody("EMAIL", List.of("my-talk-note")))
        .post("/api/campaigns")
        .then()
        .statusCode(422);
  }

  @Test
  void a_broken_template_is_refused_with_the_line_of_the_error() {
    String broken =
        MINE.replace("Would {{campaign.minutes}}", "{{#hook}}Would {{campaign.minutes}}");
    Api.newUser()
        .request()
        .body(Map.of("source", broken))
        .post("/api/templates")
        .then()
        .statusCode(422)
        .body("line", equalTo(11));
  }

  @Test
  void a_preview_renders_with_findings_and_saves_nothing() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    long grace =
        user.request()
            .get("/api/contacts?q=grace")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    user.request()
        .body(Map.of("templateName", "talk-email", "contactId", grace, "campaignId", campaign))
        .post("/api/templates/preview")
        .then()
        .statusCode(200)
        .body("subject", org.hamcrest.Matchers.containsString("Nanoseconds"))
        .body("blocked", equalTo(false));
    user.request()
        .body(
            Map.of(
                "source",
                MINE.replace("{{hook.title}}\".", "something\"."),
                "contactId",
                grace,
                "campaignId",
                campaign))
        .post("/api/templates/preview")
        .then()
        .statusCode(200);
    user.request()
        .get("/api/campaigns/" + campaign + "/invitations")
        .then()
        .body("items.size()", equalTo(0));
    Api.newUser()
        .request()
        .body(Map.of("templateName", "talk-email", "contactId", grace, "campaignId", campaign))
        .post("/api/templates/preview")
        .then()
        .statusCode(404);
  }
}
