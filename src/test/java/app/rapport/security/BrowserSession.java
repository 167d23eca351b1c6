package app.rapport.security;

import static io.restassured.RestAssured.given;

import app.rapport.support.Api;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A browser signed in through the sign-in form: keeps its cookies and the form token of the pages
 * it loads, and sends forms as our pages do (same Origin, the token in {@code _csrf}).
 */
final class BrowserSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Map<String, String> cookies = new HashMap<>();
  private String token = "";

  /** Whether this build has a sign-in form at all (the web UI). */
  static boolean formSignInEnabled() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.http.auth.form.enabled", Boolean.class)
        .orElse(false);
  }

  static BrowserSession signIn(Api user) {
    BrowserSession session = new BrowserSession();
    session.keep(session.request().header("Accept", "text/html").get("/login"));
    Response answer =
        session.keep(
            session
                .request()
                .header("Origin", origin())
                .formParam("j_username", user.email())
                .formParam("j_password", user.password())
                .post("/j_security_check?_csrf=" + session.token));
    if (answer.statusCode() != 302 || !session.cookies.containsKey("rapport-session")) {
      throw new IllegalStateException("form sign-in failed: " + answer.statusCode());
    }
    return session;
  }

  static String origin() {
    return "http://localhost:" + RestAssured.port;
  }

  /** This browser's request: its cookies, no redirects followed, HTML preferred. */
  RequestSpecification request() {
    return given()
        .redirects()
        .follow(false)
        .urlEncodingEnabled(false)
        .header("Accept", "text/html")
        .cookies(cookies);
  }

  /** A form as our pages send it: same Origin, the form token, nothing else. */
  RequestSpecification form() {
    return request().header("Origin", origin()).formParam("_csrf", token);
  }

  Response keep(Response response) {
    response
        .getDetailedCookies()
        .asList()
        .forEach(
            cookie -> {
              if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
              } else {
                cookies.put(cookie.getName(), cookie.getValue());
              }
            });
    String contentType = response.contentType();
    if (contentType != null && contentType.startsWith("text/html")) {
      Matcher found = TOKEN.matcher(response.asString());
      if (found.find()) {
        token = found.group(1);
      }
    }
    return response;
  }
}
