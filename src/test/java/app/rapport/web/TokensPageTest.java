package app.rapport.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokensPageTest {

  @Test
  void a_new_token_is_shown_once_works_on_the_api_and_can_be_revoked() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/tokens").then().statusCode(200).body(containsString("No active tokens"));
    Response created = session.post("/tokens", Map.of("name", "nightly sync"));
    assertThat(created.statusCode()).isEqualTo(200);
    Matcher shown =
        Pattern.compile("id=\"new-token\">(rpt_[A-Za-z0-9_-]+)<").matcher(created.asString());
    assertThat(shown.find()).isTrue();
    String token = shown.group(1);
    given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);

    Response list = session.get("/tokens");
    assertThat(list.asString())
        .contains("nightly sync")
        .contains(token.substring(0, 10))
        .doesNotContain(token);
    Matcher revoke = Pattern.compile("action=\"/tokens/(\\d+)/revoke\"").matcher(list.asString());
    assertThat(revoke.find()).isTrue();
    assertThat(session.post("/tokens/" + revoke.group(1) + "/revoke", Map.of()).statusCode())
        .isEqualTo(303);
    given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
    session.get("/tokens").then().body(not(containsString("nightly sync")));
  }

  @Test
  void a_token_needs_a_name() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/tokens");
    session
        .post("/tokens", Map.of("name", ""))
        .then()
        .statusCode(422)
        .body(containsString("token-name-error"));
  }
}
