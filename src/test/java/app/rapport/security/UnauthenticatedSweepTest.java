package app.rapport.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.ApiSurface.Operation;
import app.rapport.security.RouteCatalog.Route;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nobody gets anything without signing in: every API operation of the live OpenAPI document answers
 * 401 with a problem and a challenge, and every other route of the application (found by scanning
 * for {@code @Path}) answers 401 or sends the visitor to the sign-in page. The only exceptions are
 * the ones listed here, on purpose: the sign-in page, the answer links in emails, health, the API
 * description, static assets and the metrics Prometheus scrapes.
 */
@QuarkusTest
class UnauthenticatedSweepTest {

  /** Public by design: signing in, and the links recipients click in an email. */
  static final Set<String> PUBLIC_ROUTES =
      Set.of(
          "GET /login", "GET /a/{token}", "POST /a/{token}", "GET /u/{token}", "POST /u/{token}");

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Test
  void every_api_operation_answers_401_with_a_problem_and_a_challenge() {
    List<String> problems = new ArrayList<>();
    List<Operation> operations = ApiSurface.live().api();
    for (Operation op : operations) {
      if (!op.secured()) {
        problems.add(op + " is declared without any security requirement");
      }
      Response answer =
          Calls.send(
              null,
              op,
              placeholders(op.path()),
              "",
              SampleBodies.of(op, noun -> Nouns.missing(noun, 1)));
      String challenge = answer.header("WWW-Authenticate");
      if (answer.statusCode() != 401
          || !String.valueOf(answer.contentType()).startsWith("application/problem+json")
          || challenge == null
          || !challenge.contains("Basic")) {
        problems.add(
            op
                + " → "
                + answer.statusCode()
                + " "
                + answer.contentType()
                + " challenge="
                + challenge);
      }
    }
    System.out.printf(
        "UnauthenticatedSweepTest: %d API operations answered 401 without credentials%n",
        operations.size());
    assertThat(problems).isEmpty();
    assertThat(operations).isNotEmpty();
  }

  @Test
  void every_api_route_in_the_code_is_in_the_openapi_document() {
    Set<String> documented =
        ApiSurface.live().operations().stream()
            .map(op -> op.method() + " " + shape(op.path()))
            .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    List<Route> api = RouteCatalog.scan().stream().filter(Route::api).toList();
    for (Route route : api) {
      if (!documented.contains(route.method() + " " + shape(route.path()))) {
        missing.add(route + " (" + route.declaredBy() + ")");
      }
    }
    System.out.printf(
        "UnauthenticatedSweepTest: %d API routes in the code, all in the OpenAPI document%n",
        api.size());
    assertThat(missing).as("API routes the sweeps would not see").isEmpty();
    assertThat(api).isNotEmpty();
  }

  @Test
  void every_other_route_sends_a_visitor_to_sign_in_unless_public_by_design() {
    List<String> problems = new ArrayList<>();
    Map<String, Route> routes = new LinkedHashMap<>();
    RouteCatalog.scan().stream().filter(r -> !r.api()).forEach(r -> routes.putIfAbsent(r.key(), r));
    int checked = 0;
    int publicRoutes = 0;
    for (Route route : routes.values()) {
      if (PUBLIC_ROUTES.contains(route.key())) {
        publicRoutes++;
        continue;
      }
      if (route.permitAll()) {
        problems.add(
            route + " (" + route.declaredBy() + ") is @PermitAll but not in PUBLIC_ROUTES");
        continue;
      }
      RequestSpecification visitor = given().header("Accept", "text/html");
      if (UNSAFE.contains(route.method())) {
        visitor = visitor.formParam("name", "sneaky");
      }
      Response answer =
          Calls.send(
              visitor,
              route.method(),
              Calls.fill(route.path(), placeholders(route.path())),
              Optional.empty());
      checked++;
      if (!sendsToSignIn(answer, route.method())) {
        problems.add(
            route + " → " + answer.statusCode() + " Location=" + answer.header("Location"));
      }
    }
    System.out.printf(
        "UnauthenticatedSweepTest: %d page routes refused or sent to sign-in, %d public by"
            + " design%n",
        checked, publicRoutes);
    assertThat(problems).isEmpty();
  }

  @Test
  void only_the_documented_operator_endpoints_answer_without_credentials() {
    for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/openapi")) {
      assertThat(given().get(path).statusCode()).as(path).isEqualTo(200);
    }
    // Prometheus scrapes this on the pod port (see SECURITY.md): counts, no personal data
    Response metrics = given().get("/q/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.asString()).doesNotContain("@example.com").doesNotContain("@test.local");
    for (String path : List.of("/q/dev-ui", "/q/dev", "/.env", "/admin", "/api", "/api/")) {
      assertThat(given().redirects().follow(false).get(path).statusCode()).as(path).isIn(401, 404);
    }
  }

  private static boolean sendsToSignIn(Response answer, String method) {
    int status = answer.statusCode();
    if (status == 401) {
      return true;
    }
    if (UNSAFE.contains(method) && status == 403) {
      return true; // refused by the form guard before sign-in is even considered
    }
    String location = answer.header("Location");
    return (status == 302 || status == 303)
        && location != null
        && location.replaceAll("\\?.*$", "").endsWith("/login");
  }

  /** A value for each template variable: an id that does not exist, or a word. */
  static Map<String, Object> placeholders(String path) {
    Map<String, Object> values = new LinkedHashMap<>();
    Matcher m = VARIABLE.matcher(path);
    while (m.find()) {
      String name = m.group(1);
      values.put(name, name.equals("id") || name.endsWith("Id") ? "1" : "x");
    }
    return values;
  }

  private static String shape(String path) {
    return VARIABLE.matcher(path).replaceAll("{}");
  }
}
