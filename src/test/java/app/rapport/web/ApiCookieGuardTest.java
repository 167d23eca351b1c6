package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The browser's sign-in cookie opens the pages, not the API's changes: a sibling site's page could
 * make a signed-in browser send them (RELIABILITY.md 27, SECURITY.md).
 */
@QuarkusTest
class ApiCookieGuardTest {

  private static String status(Api user, long campaign) {
    return user.request()
        .get("/api/campaigns/" + campaign)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("status");
  }

  @Test
  void a_change_to_the_api_with_only_the_sign_in_cookie_is_refused_and_changes_nothing() {
    Api user = Api.newUser();
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    String before = status(user, campaign);
    WebSession browser = WebSession.signIn(user);

    Response start =
        browser
            .request()
            .header("Origin", WebSession.origin())
            .post("/api/campaigns/" + campaign + "/start");
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(start.contentType()).startsWith("application/problem+json");
    assertThat(start.jsonPath().getString("detail")).contains("API token");
    Response list = browser.request().contentType("text/plain").body("name").post("/api/lists");
    assertThat(list.statusCode()).isEqualTo(403);
    Response blankCredentials =
        browser
            .request()
            .header("Authorization", " ")
            .post("/api/campaigns/" + campaign + "/start");
    assertThat(blankCredentials.statusCode()).isEqualTo(403);

    assertThat(status(user, campaign)).isEqualTo(before);
    assertThat(
            user.request()
                .get("/api/lists")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$"))
        .isEmpty();
  }

  @Test
  void the_cookie_still_downloads_from_the_api_and_credentials_beside_it_are_accepted() {
    Api user = Api.newUser();
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    WebSession browser = WebSession.signIn(user);

    assertThat(browser.request().get("/api/metrics.csv").statusCode()).isEqualTo(200);
    Response archive =
        browser
            .request()
            .auth()
            .preemptive()
            .basic(user.email(), user.password())
            .contentType("application/json")
            .body(Map.of())
            .post("/api/campaigns/" + campaign + "/archive");
    assertThat(archive.statusCode()).isEqualTo(200);
  }
}
