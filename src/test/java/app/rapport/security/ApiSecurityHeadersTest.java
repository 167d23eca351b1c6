package app.rapport.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API answers, successful or not, tell browsers not to sniff, frame, refer or run them. */
@QuarkusTest
class ApiSecurityHeadersTest {

  private static void assertLockedDown(Response answer) {
    assertThat(answer.headers().getValues("X-Content-Type-Options")).contains("nosniff");
    assertThat(answer.headers().getValues("X-Frame-Options")).contains("DENY");
    assertThat(answer.headers().getValues("Referrer-Policy")).contains("no-referrer");
    assertThat(answer.headers().getValues("Content-Security-Policy"))
        .contains("default-src 'none'; frame-ancestors 'none'; sandbox");
  }

  @Test
  void a_json_answer_carries_the_security_headers() {
    Response answer = Api.newUser().request().get("/api/me");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertLockedDown(answer);
  }

  @Test
  void problems_carry_them_too_unauthenticated_or_not_found() {
    Response unauthenticated = given().get("/api/lists");
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertLockedDown(unauthenticated);

    Response missing = Api.newUser().request().get("/api/lists/987654321");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertLockedDown(missing);
  }

  @Test
  void swagger_ui_keeps_working_without_the_api_policy() {
    Response ui = given().redirects().follow(true).get("/q/swagger-ui/");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.asString()).contains("swagger");
    List<String> policies = ui.headers().getValues("Content-Security-Policy");
    assertThat(policies).noneMatch(policy -> policy.contains("default-src 'none'"));
    assertThat(given().get("/q/openapi?format=json").statusCode()).isEqualTo(200);
  }
}
