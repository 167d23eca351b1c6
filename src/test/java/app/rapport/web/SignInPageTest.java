package app.rapport.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import app.rapport.support.Api;
import app.rapport.support.LoopbackClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInPageTest {

  @Test
  void a_page_sends_a_visitor_who_is_not_signed_in_to_the_sign_in_form() {
    WebSession.anonymous()
        .get("/lists")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/login"))
        .cookie("quarkus-redirect-location", endsWith("/lists"));
  }

  @Test
  void the_api_still_answers_401_problems_to_a_caller_without_credentials() {
    given()
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"));
  }

  @Test
  void the_api_still_takes_http_basic_and_bearer_tokens() {
    Api user = Api.newUser();
    user.request().get("/api/me").then().statusCode(200).body("email", equalTo(user.email()));
    String token =
        user.request()
            .body(Map.of("name", "cli"))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(user.email()));
  }

  @Test
  void signing_in_sets_a_session_cookie_that_opens_the_pages() {
    Api user = Api.newUser();
    WebSession session = WebSession.signIn(user);
    session.get("/lists").then().statusCode(200).body(containsString(user.email()));
    assertThat(session.cookies()).containsKey("rapport-session");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site() {
    Api user = Api.newUser();
    WebSession session = WebSession.anonymous();
    session.get("/login");
    Response answer =
        session.send(
            session
                .request()
                .header("Origin", WebSession.origin())
                .formParam("j_username", user.email())
                .formParam("j_password", user.password())
                .post("/j_security_check?_csrf=" + session.token()));
    String setCookie = answer.getHeaders().getValues("Set-Cookie").toString();
    assertThat(setCookie).contains("rapport-session=");
    assertThat(setCookie.toLowerCase()).contains("httponly").contains("samesite=lax");
    assertThat(answer.getHeader("Location")).endsWith("/lists");
  }

  @Test
  void a_wrong_password_comes_back_to_the_form_with_a_message() {
    Api user = Api.newUser();
    WebSession session = WebSession.anonymous();
    session.get("/login");
    Response answer =
        session.send(
            session
                .request()
                .header("Origin", WebSession.origin())
                .formParam("j_username", user.email())
                .formParam("j_password", "not-the-password")
                .post("/j_security_check?_csrf=" + session.token()));
    assertThat(answer.getHeader("Location")).endsWith("/login?error=1");
    assertThat(answer.statusCode()).isBetween(302, 303);
    session
        .get("/login?error=1")
        .then()
        .statusCode(200)
        .body(containsString("do not match an account"));
  }

  @Test
  void a_wrong_password_sent_over_an_http2_upgrade_also_comes_back_to_the_form() throws Exception {
    Api user = Api.newUser();
    // java.net.http asks for an h2c upgrade on plain HTTP, which browsers never do
    HttpClient client =
        HttpClient.newBuilder()
            // its own loopback address: this failure counts against no other test's
            .localAddress(InetAddress.getByName(LoopbackClient.fresh().address()))
            .version(HttpClient.Version.HTTP_2)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = LoopbackClient.origin();
    String form =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).as("the form carries its token").isTrue();
    String fields =
        "j_username="
            + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
            + "&j_password=not-the-password";

    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/j_security_check?_csrf=" + token.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.version()).as("the upgrade took place").isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=1"));
  }

  @Test
  void signing_in_without_the_form_token_is_refused() {
    Api user = Api.newUser();
    WebSession session = WebSession.anonymous();
    session.get("/login");
    session
        .send(
            session
                .request()
                .header("Origin", WebSession.origin())
                .formParam("j_username", user.email())
                .formParam("j_password", user.password())
                .post("/j_security_check"))
        .then()
        .statusCode(403);
  }

  @Test
  void signing_in_from_a_foreign_origin_is_refused() {
    Api user = Api.newUser();
    WebSession session = WebSession.anonymous();
    session.get("/login");
    session
        .send(
            session
                .request()
                .header("Origin", "https://evil.example")
                .formParam("j_username", user.email())
                .formParam("j_password", user.password())
                .post("/j_security_check?_csrf=" + session.token()))
        .then()
        .statusCode(403);
  }

  @Test
  void signing_out_expires_the_session_cookie() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.get("/lists");
    session
        .post("/logout", Map.of())
        .then()
        .statusCode(303)
        .header("Location", endsWith("/login?signedOut=1"));
    assertThat(session.cookies()).doesNotContainKey("rapport-session");
    session.get("/lists").then().statusCode(303);
  }

  @Test
  void signing_out_without_the_form_token_is_refused() {
    WebSession session = WebSession.signIn(Api.newUser());
    session.request().header("Origin", WebSession.origin()).post("/logout").then().statusCode(403);
  }

  @Test
  void every_page_carries_the_security_headers() {
    WebSession.anonymous()
        .get("/login")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "same-origin");
    given()
        .get("/assets/app.css")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void the_htmx_library_is_served_by_the_app() {
    given()
        .get("/webjars/htmx.org/2.0.10/dist/htmx.min.js")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("default-src 'self'"));
  }
}
