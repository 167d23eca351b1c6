package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignPagesTest {

  static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>();
    form.put("name", "Data coffee");
    form.put("intent", "I'm starting an independent practice in data engineering");
    form.put("ask", "a 20-minute video call");
    form.put("minutes", "20");
    form.put("topic", "how you found your first clients");
    form.put("valueOffered", "my notes from interviewing forty data teams");
    form.put("channel", "EMAIL");
    form.put("templates", List.of("blog-post-email", "talk-email"));
    form.put("senderName", "Sam Sender");
    form.put("senderEmail", "sam@sender.example");
    form.put("signature", "Sam");
    form.put("dailyCap", "20");
    form.put("windowStart", "09:00");
    form.put("windowEnd", "16:30");
    form.put("timeZone", "Europe/Berlin");
    form.put("sendDays", List.of("MONDAY", "WEDNESDAY"));
    form.put("rampStart", "5");
    form.put("rampStep", "5");
    form.put("strict", "on");
    return form;
  }

  static long create(WebSession session, Map<String, Object> form) {
    session.get("/campaigns/new");
    Response created = session.post("/campaigns", form);
    assertThat(created.statusCode()).isEqualTo(303);
    return Long.parseLong(created.getHeader("Location").replaceAll(".*/campaigns/", ""));
  }

  @Test
  void the_new_campaign_form_offers_the_template_library() {
    WebSession session = WebSession.signIn(Api.newUser());
    session
        .get("/campaigns/new")
        .then()
        .statusCode(200)
        .body(containsString("name=\"intent\""))
        .body(containsString("value=\"blog-post-email\""))
        .body(containsString("value=\"MANUAL\""))
        .body(containsString("name=\"sendDays\" value=\"FRIDAY\" checked"));
  }

  @Test
  void a_campaign_is_created_with_every_field_of_the_form() {
    Api user = Api.newUser();
    WebSession session = WebSession.signIn(user);
    long id = create(session, form());
    Map<String, Object> saved =
        user.request().get("/api/campaigns/" + id).then().statusCode(200).extract().path("$");
    assertThat(saved)
        .containsEntry("name", "Data coffee")
        .containsEntry("minutes", 20)
        .containsEntry("dailyCap", 20)
        .containsEntry("timeZone", "Europe/Berlin")
        .containsEntry("strict", true)
        .containsEntry("rampStart", 5)
        .containsEntry("templates", List.of("blog-post-email", "talk-email"))
        .containsEntry("sendDays", List.of("MONDAY", "WEDNESDAY"));
    assertThat(saved.get("windowEnd").toString()).startsWith("16:30");
    session
        .get("/campaigns/" + id)
        .then()
        .statusCode(200)
        .body(containsString("Data coffee"))
        .body(containsString("value=\"talk-email\" checked"));
  }

  @Test
  void a_form_with_mistakes_comes_back_with_the_values_kept_and_a_note_per_field() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/campaigns/new");
    Map<String, Object> form = form();
    form.put("intent", "");
    form.put("minutes", "twenty");
    session
        .post("/campaigns", form)
        .then()
        .statusCode(422)
        .body(containsString("c-minutes-error"))
        .body(containsString("must be a whole number"))
        .body(containsString("value=\"Data coffee\""));
    form.put("minutes", "20");
    session.post("/campaigns", form).then().statusCode(422).body(containsString("c-intent-error"));
  }

  @Test
  void an_email_campaign_without_a_sender_address_is_refused_in_words() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/campaigns/new");
    Map<String, Object> form = form();
    form.remove("senderEmail");
    session
        .post("/campaigns", form)
        .then()
        .statusCode(422)
        .body(containsString("needs senderEmail"));
  }

  @Test
  void saving_the_settings_changes_the_campaign() {
    WebSession session = WebSession.signIn(Api.newUser());
    long id = create(session, form());
    session.get("/campaigns/" + id);
    Map<String, Object> form = form();
    form.put("name", "Data coffee, round two");
    Response saved = session.post("/campaigns/" + id, form);
    assertThat(saved.statusCode()).isEqualTo(303);
    session
        .get("/campaigns/" + id + "?saved=1")
        .then()
        .body(containsString("Data coffee, round two"))
        .body(containsString("Saved."));
  }

  @Test
  void drafting_a_list_reports_what_it_drafted_and_whom_it_skipped() {
    Api user = Api.newUser();
    long list =
        app.rapport.support.Scenario.list(
            user,
            app.rapport.support.Scenario.PEOPLE + "Nora,Nocontext,nora@example.com,,,peer,,,,,\n");
    WebSession session = WebSession.signIn(user);
    long id = create(session, form());
    session.get("/campaigns/" + id);
    session
        .post("/campaigns/" + id + "/drafts", Map.of("listId", list))
        .then()
        .statusCode(200)
        .body(containsString("New drafts</dt><dd>2</dd>"))
        .body(containsString("Nora Nocontext"))
        .body(containsString("/campaigns/" + id + "/review"));
  }

  @Test
  void the_live_preview_renders_a_template_for_a_person_with_the_findings_marked() {
    Drafted d = Drafted.create();
    WebSession session = WebSession.signIn(d.user());
    session.get("/campaigns/" + d.campaign()).then().statusCode(200);
    long mary =
        d.user()
            .request()
            .get("/api/contacts?q=mary@example.com")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    session
        .post(
            "/campaigns/" + d.campaign() + "/preview",
            Map.of("templateName", "blog-post-email", "contactId", mary))
        .then()
        .statusCode(200)
        .body(containsString("Hi Mary"))
        .body(containsString("<mark class=\"block\""))
        .body(containsString("Gift"));
  }

  @Test
  void starting_and_pausing_a_campaign() {
    Api user = Api.newUser();
    WebSession session = WebSession.signIn(user);
    long id = create(session, form());
    session.get("/campaigns/" + id);
    assertThat(session.post("/campaigns/" + id + "/start", Map.of()).statusCode()).isEqualTo(303);
    assertThat((String) user.request().get("/api/campaigns/" + id).path("status"))
        .isEqualTo("ACTIVE");
    assertThat(session.post("/campaigns/" + id + "/pause", Map.of()).statusCode()).isEqualTo(303);
    assertThat((String) user.request().get("/api/campaigns/" + id).path("status"))
        .isEqualTo("PAUSED");
    session.get("/campaigns").then().statusCode(200).body(containsString("Paused"));
  }
}
