package app.rapport.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

  @Test
  void the_first_admin_is_created_from_configuration() {
    given()
        .auth()
        .preemptive()
        .basic(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(Api.ADMIN_EMAIL))
        .body("role", equalTo("ADMIN"));
  }

  @Test
  void an_api_without_credentials_answers_401_with_a_problem() {
    given()
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Basic"))
        .body("status", equalTo(401));
  }

  @Test
  void a_wrong_password_answers_401() {
    given()
        .auth()
        .preemptive()
        .basic(Api.ADMIN_EMAIL, "not-the-password")
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void an_admin_creates_a_user_who_can_sign_in() {
    String email = Api.uniqueEmail();
    Api.admin()
        .body(Map.of("email", email, "password", "a-long-enough-secret"))
        .post("/api/users")
        .then()
        .statusCode(201)
        .body("role", equalTo("USER"));
    given()
        .auth()
        .preemptive()
        .basic(email, "a-long-enough-secret")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email));
  }

  @Test
  void a_user_may_not_create_users() {
    Api user = Api.newUser();
    user.request()
        .body(Map.of("email", Api.uniqueEmail(), "password", "a-long-enough-secret"))
        .post("/api/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void weak_and_duplicate_accounts_are_refused() {
    Api.admin()
        .body(Map.of("email", Api.uniqueEmail(), "password", "short"))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
    Api.admin()
        .body(Map.of("email", Api.uniqueEmail(), "password", "passwordpassword"))
        .post("/api/users")
        .then()
        .statusCode(422);
    Api.admin()
        .body(Map.of("email", Api.ADMIN_EMAIL, "password", "a-long-enough-secret"))
        .post("/api/users")
        .then()
        .statusCode(409);
  }

  @Test
  void a_personal_token_authenticates_until_it_is_revoked() {
    Api user = Api.newUser();
    var issued =
        user.request()
            .body(Map.of("name", "laptop"))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .body("token", startsWith("rpt_"))
            .extract();
    String token = issued.path("token");
    int id = issued.path("id");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(user.email()));
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("[0].prefix", notNullValue())
        .body("[0].token", equalTo(null));
    user.request().delete("/api/tokens/" + id).then().statusCode(204);
    given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
  }

  @Test
  void another_users_token_cannot_be_revoked() {
    Api owner = Api.newUser();
    int id =
        owner.request().body(Map.of("name", "ci")).post("/api/tokens").then().extract().path("id");
    Api.newUser().request().delete("/api/tokens/" + id).then().statusCode(404);
    owner.request().get("/api/tokens").then().body("size()", equalTo(1));
  }
}
