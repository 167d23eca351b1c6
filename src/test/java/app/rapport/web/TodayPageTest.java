package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TodayPageTest {

  private static long campaign(Api user, String name) {
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("name", name);
    return Scenario.campaign(user, body);
  }

  private static String status(Api user, long campaign) {
    return user.request().get("/api/campaigns/" + campaign).path("status");
  }

  @Test
  void today_shows_each_campaign_with_its_quota_and_the_pause_switch() {
    Api user = Api.newUser();
    long id = campaign(user, "Data coffee");
    WebSession session = WebSession.signIn(user);
    session
        .get("/today")
        .then()
        .statusCode(200)
        .body(containsString("Data coffee"))
        .body(containsString("remaining"))
        .body(containsString("<meter id=\"quota-" + id + "\""))
        .body(containsString("action=\"/today/campaigns/" + id + "/start\""))
        .body(containsString("Nothing to send by hand today."))
        .body(containsString("No invitations in doubt."))
        .body(containsString("href=\"/today\" aria-current=\"page\""));
    session.get("/today/" + id).then().statusCode(200).body(containsString("All of today"));
  }

  @Test
  void resuming_and_pausing_from_today_switches_the_campaign() {
    Api user = Api.newUser();
    long id = campaign(user, "Data coffee");
    WebSession session = WebSession.signIn(user);
    session.get("/today/" + id);
    var started = session.post("/today/campaigns/" + id + "/start", Map.of("back", id));
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(started.getHeader("Location")).endsWith("/today/" + id);
    assertThat(status(user, id)).isEqualTo("ACTIVE");
    session
        .get("/today/" + id)
        .then()
        .body(containsString("action=\"/today/campaigns/" + id + "/pause\""));
    var paused = session.post("/today/campaigns/" + id + "/pause", Map.of());
    assertThat(paused.statusCode()).isEqualTo(303);
    assertThat(paused.getHeader("Location")).endsWith("/today");
    assertThat(status(user, id)).isEqualTo("PAUSED");
  }

  @Test
  void a_switch_without_the_form_token_is_refused() {
    Api user = Api.newUser();
    long id = campaign(user, "Data coffee");
    WebSession session = WebSession.signIn(user);
    session.get("/today");
    session
        .request()
        .header("Origin", WebSession.origin())
        .post("/today/campaigns/" + id + "/start")
        .then()
        .statusCode(403);
    assertThat(status(user, id)).isEqualTo("DRAFT");
  }

  @Test
  void another_users_campaign_and_invitations_answer_404() {
    Drafted other = Drafted.create();
    long invitation = ((Number) other.drafts().getFirst().get("id")).longValue();
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/today");
    session.get("/today/" + other.campaign()).then().statusCode(404);
    for (String move : List.of("start", "pause")) {
      session
          .post("/today/campaigns/" + other.campaign() + "/" + move, Map.of())
          .then()
          .statusCode(404);
    }
    for (String action :
        List.of(
            "tasks/" + invitation + "/done",
            "tasks/" + invitation + "/skip",
            "tasks/" + invitation + "/withdrawn",
            "invitations/" + invitation + "/mark-sent",
            "invitations/" + invitation + "/send-again")) {
      session.post("/today/" + action, Map.of()).then().statusCode(404);
    }
    assertThat(status(other.user(), other.campaign())).isEqualTo("DRAFT");
  }

  @Test
  void a_hostile_campaign_name_is_escaped() {
    Api user = Api.newUser();
    long id = campaign(user, "<script>alert('x')</script>");
    WebSession session = WebSession.signIn(user);
    for (String path : List.of("/today", "/today/" + id)) {
      session
          .get(path)
          .then()
          .statusCode(200)
          .body(not(containsString("<script>alert")))
          .body(containsString("&lt;script&gt;alert"));
    }
  }
}
