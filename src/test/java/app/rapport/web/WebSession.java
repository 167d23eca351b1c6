package app.rapport.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as REST Assured plays it: keeps its cookies, reads the form token from the pages it
 * gets, and sends forms the way a browser would (same Origin, the token in {@code _csrf}).
 */
final class WebSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Map<String, String> cookies = new HashMap<>();
  private String token;

  /** A visitor who has not signed in yet. */
  static WebSession anonymous() {
    return new WebSession();
  }

  /** Signs in through the form, as {@code user}. */
  static WebSession signIn(Api user) {
    WebSession session = new WebSession();
    session.get("/login").then().statusCode(200);
    Response answer =
        session.send(
            session
                .request()
                .header("Origin", origin())
                .formParam("j_username", user.email())
                .formParam("j_password", user.password())
                .post("/j_security_check?_csrf=" + session.token()));
    assertThat(answer.statusCode()).as("sign-in redirect").isEqualTo(302);
    assertThat(session.cookies).containsKey("rapport-session");
    return session;
  }

  static String origin() {
    return "http://localhost:" + RestAssured.port;
  }

  String token() {
    return token;
  }

  Map<String, String> cookies() {
    return cookies;
  }

  Response get(String path) {
    return send(request().get(path));
  }

  /** A form POST as our pages send it. */
  Response post(String path, Map<String, ?> form) {
    RequestSpecification request =
        request().header("Origin", origin()).formParam("_csrf", token == null ? "" : token);
    form.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            request.formParam(name, values.toArray());
          } else {
            request.formParam(name, value);
          }
        });
    return send(request.post(path));
  }

  /** A multipart POST (a file upload) as our pages send it. */
  Response upload(String path, String fileName, byte[] content, Map<String, ?> fields) {
    RequestSpecification request =
        request()
            .header("Origin", origin())
            .multiPart("_csrf", token == null ? "" : token)
            .multiPart("file", fileName, content, "text/csv");
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            values.forEach(v -> request.multiPart(name, String.valueOf(v)));
          } else {
            request.multiPart(name, String.valueOf(value));
          }
        });
    return send(request.post(path));
  }

  /** The raw request, with this browser's cookies and no redirect following. */
  RequestSpecification request() {
    return given().redirects().follow(false).cookies(cookies);
  }

  Response send(Response response) {
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
