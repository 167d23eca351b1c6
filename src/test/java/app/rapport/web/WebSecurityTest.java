package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web UI against forged forms, hostile values and other tenants: every POST refused without the
 * form token or from a foreign Origin, a hostile name escaped on every page that shows people or
 * drafts, another user's ids a 404 on every page, and a visitor sent to sign in.
 */
@QuarkusTest
class WebSecurityTest {

  static final String HOSTILE = "<script>alert(1)</script>{{{x}}}";
  static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;{{{x}}}";
  static final byte[] CSV =
      "First Name,Email,Context Type,Context Title\nAda,ada@example.com,blog post,Loops\n"
          .getBytes(StandardCharsets.UTF_8);

  /** One request of the UI: how to send it, and what it carries. */
  record Route(String method, String path, Map<String, Object> form, boolean upload) {
    static Route get(String path) {
      return new Route("GET", path, Map.of(), false);
    }

    static Route post(String path, Map<String, Object> form) {
      return new Route("POST", path, form, false);
    }

    static Route upload(String path) {
      return new Route("POST", path, Map.of(), true);
    }

    Response send(WebSession session, String token, String origin) {
      RequestSpecification request = session.request();
      if (origin != null) {
        request.header("Origin", origin);
      }
      if (method.equals("GET")) {
        return session.send(request.get(path));
      }
      if (upload) {
        request.multiPart("file", "people.csv", CSV, "text/csv");
        if (token != null) {
          request.multiPart("_csrf", token);
        }
      } else {
        form.forEach(request::formParam);
        if (token != null) {
          request.formParam("_csrf", token);
        }
      }
      return session.send(request.post(path));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Everything a user owns that the UI takes an id of. */
  record Owned(Drafted drafted, long importId, long invitation, long contact, long token) {
    static Owned create() {
      Drafted d = Drafted.create();
      long importId =
          d.user().request().get("/api/imports").then().extract().jsonPath().getLong("[0].id");
      long token =
          d.user()
              .request()
              .body(Map.of("name", "script"))
              .post("/api/tokens")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      long invitation = d.draftTo("ada@example.com");
      long contact =
          d.user()
              .request()
              .get("/api/contacts?q=ada@example.com")
              .then()
              .extract()
              .jsonPath()
              .getLong("items[0].id");
      return new Owned(d, importId, invitation, contact, token);
    }
  }

  static List<Route> routesOf(Owned o, long otherCampaign) {
    long list = o.drafted().list();
    long campaign = o.drafted().campaign();
    long invitation = o.invitation();
    return List.of(
        Route.get("/lists/" + list),
        Route.get("/lists/" + list + "/contacts?q=a"),
        Route.upload("/lists/" + list + "/upload/preview"),
        Route.upload("/lists/" + list + "/upload"),
        Route.get("/imports/" + o.importId()),
        Route.get("/imports/" + o.importId() + "/problems.csv"),
        Route.get("/campaigns/" + campaign),
        Route.post("/campaigns/" + campaign, CampaignPagesTest.form()),
        Route.post("/campaigns/" + campaign + "/start", Map.of()),
        Route.post("/campaigns/" + campaign + "/pause", Map.of()),
        Route.post("/campaigns/" + campaign + "/drafts", Map.of("listId", list)),
        Route.post("/campaigns/" + otherCampaign + "/drafts", Map.of("listId", list)),
        Route.post(
            "/campaigns/" + campaign + "/preview",
            Map.of("templateName", "blog-post-email", "contactId", o.contact())),
        Route.post(
            "/campaigns/" + otherCampaign + "/preview",
            Map.of("templateName", "blog-post-email", "contactId", o.contact())),
        Route.get("/campaigns/" + campaign + "/review"),
        Route.post("/campaigns/" + campaign + "/review/approve-clean", Map.of()),
        Route.post("/invitations/" + invitation + "/approve", Map.of("reason", "fine")),
        Route.post("/invitations/" + invitation + "/reject", Map.of()),
        Route.post(
            "/invitations/" + invitation + "/edit",
            Map.of("subject", "Hello", "body", ReviewPageTest.GOOD_FOR_ADA)),
        Route.post(
            "/invitations/" + invitation + "/check",
            Map.of("subject", "Hello", "body", ReviewPageTest.GOOD_FOR_ADA)),
        Route.post("/tokens/" + o.token() + "/revoke", Map.of()));
  }

  @Test
  void another_users_ids_answer_the_not_found_page_on_every_page_and_change_nothing() {
    Owned a = Owned.create();
    Api b = Api.newUser();
    long bCampaign = Scenario.campaign(b, Scenario.campaignBody("EMAIL", List.of()));
    WebSession session = WebSession.signIn(b);
    session.get("/lists");
    List<String> answered = new ArrayList<>();
    for (Route route : routesOf(a, bCampaign)) {
      Response answer = route.send(session, session.token(), WebSession.origin());
      if (answer.statusCode() != 404 || !answer.asString().contains("Not found")) {
        answered.add(route + " → " + answer.statusCode());
      }
    }
    assertThat(answered).as("routes that did not answer 404").isEmpty();
    Api owner = a.drafted().user();
    assertThat(a.drafted().invitation(a.invitation())).containsEntry("state", "DRAFTED");
    assertThat(
            (String) owner.request().get("/api/campaigns/" + a.drafted().campaign()).path("status"))
        .isEqualTo("DRAFT");
    assertThat(owner.request().get("/api/tokens").jsonPath().getList("id")).hasSize(1);
  }

  @Test
  void a_post_without_the_form_token_or_from_a_foreign_origin_is_refused_and_changes_nothing() {
    Owned o = Owned.create();
    WebSession session = WebSession.signIn(o.drafted().user());
    session.get("/lists");
    List<Route> posts = new ArrayList<>();
    routesOf(o, o.drafted().campaign()).stream()
        .filter(r -> r.method().equals("POST"))
        .forEach(posts::add);
    posts.add(Route.post("/lists", Map.of("name", "forged")));
    posts.add(Route.post("/campaigns", CampaignPagesTest.form()));
    posts.add(Route.post("/tokens", Map.of("name", "forged")));
    posts.add(Route.post("/logout", Map.of()));
    List<String> accepted = new ArrayList<>();
    for (Route route : posts) {
      int withoutToken = route.send(session, null, WebSession.origin()).statusCode();
      int wrongToken = route.send(session, "x" + session.token(), WebSession.origin()).statusCode();
      int foreign = route.send(session, session.token(), "https://evil.example").statusCode();
      if (withoutToken != 403 || wrongToken != 403 || foreign != 403) {
        accepted.add(route + " → " + withoutToken + "/" + wrongToken + "/" + foreign);
      }
    }
    assertThat(accepted).as("posts not refused with 403").isEmpty();
    Api owner = o.drafted().user();
    assertThat(o.drafted().invitation(o.invitation())).containsEntry("state", "DRAFTED");
    assertThat(owner.request().get("/api/lists").jsonPath().getList("name"))
        .doesNotContain("forged");
    assertThat(owner.request().get("/api/tokens").jsonPath().getList("id")).hasSize(1);
    session.get("/lists").then().statusCode(200);
  }

  @Test
  void a_foreign_referer_is_refused_when_the_browser_sends_no_origin() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/lists");
    session
        .send(
            session
                .request()
                .header("Referer", "https://evil.example/page")
                .formParam("_csrf", session.token())
                .formParam("name", "forged")
                .post("/lists"))
        .then()
        .statusCode(403);
  }

  @Test
  void a_visitor_who_is_not_signed_in_is_sent_to_sign_in_from_every_page() {
    WebSession visitor = WebSession.anonymous();
    List<String> paths =
        List.of(
            "/",
            "/lists",
            "/lists/1",
            "/lists/1/contacts",
            "/imports/1",
            "/imports/1/problems.csv",
            "/campaigns",
            "/campaigns/new",
            "/campaigns/1",
            "/campaigns/1/review",
            "/tokens");
    List<String> wrong = new ArrayList<>();
    for (String path : paths) {
      Response answer = visitor.get(path);
      String location = answer.getHeader("Location");
      if (answer.statusCode() != 303 || location == null || !location.endsWith("/login")) {
        wrong.add(path + " → " + answer.statusCode() + " " + location);
      }
    }
    assertThat(wrong).isEmpty();
    visitor.get("/login");
    Response post = visitor.post("/lists", Map.of("name", "sneaky"));
    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(post.getHeader("Location")).endsWith("/login");
  }

  @Test
  void a_hostile_name_is_shown_escaped_on_every_page_that_shows_people_or_drafts() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long hostile = contact(user, HOSTILE, "Hacker", "h@example.com", true);
    long hookless = contact(user, HOSTILE, "Nohook", "n@example.com", false);
    user.request()
        .body(Map.of("contactIds", List.of(hostile, hookless)))
        .post("/api/lists/" + list + "/members")
        .then()
        .statusCode(200);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    WebSession session = WebSession.signIn(user);
    session.get("/campaigns/" + campaign);

    List<String> pages = new ArrayList<>();
    pages.add(
        session.post("/campaigns/" + campaign + "/drafts", Map.of("listId", list)).asString());
    long invitation =
        Scenario.invitations(user, campaign).stream()
            .filter(i -> ((Number) i.get("recipientId")).longValue() == hostile)
            .map(i -> ((Number) i.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    pages.add(session.get("/lists/" + list).asString());
    pages.add(session.get("/lists/" + list + "/contacts?q=hacker").asString());
    pages.add(session.get("/campaigns/" + campaign).asString());
    pages.add(
        session
            .post(
                "/campaigns/" + campaign + "/preview",
                Map.of("templateName", "blog-post-email", "contactId", hostile))
            .asString());
    pages.add(session.get("/campaigns/" + campaign + "/review").asString());
    pages.add(
        session
            .post(
                "/invitations/" + invitation + "/check",
                Map.of("subject", HOSTILE, "body", "Hi " + HOSTILE))
            .asString());
    byte[] hostileCsv =
        ("First Name,Email,Context Type,Context Title\n"
                + "\""
                + HOSTILE
                + "\",\""
                + HOSTILE
                + "\",blog post,Loops\n")
            .getBytes(StandardCharsets.UTF_8);
    pages.add(
        session
            .upload("/lists/" + list + "/upload/preview", "x.csv", hostileCsv, Map.of())
            .asString());
    Response imported =
        session.upload(
            "/lists/" + list + "/upload", "x.csv", hostileCsv, Map.of("mode", "SKIP_INVALID"));
    pages.add(
        session.get(imported.getHeader("Location").replaceAll("^https?://[^/]+", "")).asString());

    for (String page : pages) {
      assertThat(page).doesNotContain("<script>alert(1)").contains(ESCAPED);
    }
  }

  private static long contact(Api user, String first, String last, String email, boolean hook) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("firstName", first);
    body.put("lastName", last);
    body.put("email", email);
    if (hook) {
      body.put(
          "hooks",
          List.of(
              Map.of(
                  "type", "BLOG_POST", "title", "Notes " + HOSTILE, "publishedOn", "2026-09-01")));
    }
    return user.request()
        .body(body)
        .post("/api/contacts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
