package app.rapport.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactApiTest {

  static Map<String, Object> contact(String first, String email) {
    return Map.of(
        "firstName",
        first,
        "email",
        email,
        "relationship",
        "SENIOR",
        "timeZone",
        "Europe/Berlin",
        "tags",
        List.of("kotlin", "speaker"),
        "hooks",
        List.of(
            Map.of(
                "type", "TALK", "title", "Coroutines in practice", "publishedOn", "2026-10-01")));
  }

  @Test
  void a_contact_is_created_read_updated_and_deleted() {
    Api user = Api.newUser();
    long id =
        user.request()
            .body(contact("Ada", "ada@example.com"))
            .post("/api/contacts")
            .then()
            .statusCode(201)
            .body("hooks[0].type", equalTo("TALK"))
            .extract()
            .jsonPath()
            .getLong("id");
    user.request()
        .get("/api/contacts/" + id)
        .then()
        .statusCode(200)
        .body("relationship", equalTo("SENIOR"))
        .body("tags[1]", equalTo("speaker"));
    user.request()
        .body(contact("Augusta", "ada@example.com"))
        .put("/api/contacts/" + id)
        .then()
        .statusCode(200)
        .body("firstName", equalTo("Augusta"));
    user.request().delete("/api/contacts/" + id).then().statusCode(204);
    user.request()
        .get("/api/contacts/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void the_same_email_twice_is_a_conflict() {
    Api user = Api.newUser();
    user.request()
        .body(contact("Ada", "ada@example.com"))
        .post("/api/contacts")
        .then()
        .statusCode(201);
    user.request()
        .body(contact("Ada", "ADA@Example.com"))
        .post("/api/contacts")
        .then()
        .statusCode(409);
  }

  @Test
  void a_contact_needs_an_email_or_a_profile_and_a_valid_zone() {
    Api user = Api.newUser();
    user.request().body(Map.of("firstName", "Ada")).post("/api/contacts").then().statusCode(422);
    user.request()
        .body(
            Map.of(
                "firstName",
                "Ada",
                "profileUrl",
                "linkedin.com/in/ada",
                "timeZone",
                "Mars/Olympus"))
        .post("/api/contacts")
        .then()
        .statusCode(422);
    user.request()
        .body(Map.of("firstName", "Ada", "profileUrl", "linkedin.com/in/ada"))
        .post("/api/contacts")
        .then()
        .statusCode(201);
  }

  @Test
  void control_characters_in_a_name_are_refused_with_the_field_named() {
    Api user = Api.newUser();
    user.request()
        .body(Map.of("firstName", "Alice\r\nBcc: x@evil.example", "email", "a@example.com"))
        .post("/api/contacts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("firstName"));
    user.request()
        .body(Map.of("firstName", "Alice\u2028", "email", "a@example.com"))
        .post("/api/contacts")
        .then()
        .statusCode(400);
  }

  @Test
  void malformed_json_is_a_400_problem() {
    Api user = Api.newUser();
    user.request()
        .body("{\"firstName\": ")
        .post("/api/contacts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", notNullValue());
  }

  @Test
  void lists_are_created_renamed_filled_and_deleted_without_losing_contacts() {
    Api user = Api.newUser();
    long list =
        user.request()
            .body(Map.of("name", "Kotlin speakers"))
            .post("/api/lists")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long other =
        user.request()
            .body(Map.of("name", "Berlin"))
            .post("/api/lists")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    user.request()
        .body(Map.of("name", "kotlin SPEAKERS"))
        .post("/api/lists")
        .then()
        .statusCode(409);
    long ada =
        user.request()
            .body(contact("Ada", "ada@example.com"))
            .post("/api/contacts")
            .then()
            .extract()
            .jsonPath()
            .getLong("id");
    user.request()
        .body(Map.of("contactIds", List.of(ada)))
        .post("/api/lists/" + list + "/members")
        .then()
        .statusCode(200)
        .body("size", equalTo(1));
    user.request()
        .body(Map.of("contactIds", List.of(ada)))
        .post("/api/lists/" + other + "/members")
        .then()
        .statusCode(200)
        .body("size", equalTo(1));
    user.request()
        .body(Map.of("name", "Kotlin people", "basis", "asked at KotlinConf"))
        .put("/api/lists/" + list)
        .then()
        .statusCode(200)
        .body("name", equalTo("Kotlin people"));
    user.request()
        .get("/api/contacts?listId=" + list)
        .then()
        .body("items[0].id", equalTo((int) ada));
    user.request().delete("/api/lists/" + list + "/members/" + ada).then().statusCode(204);
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
    user.request().delete("/api/lists/" + list).then().statusCode(204);
    user.request().get("/api/contacts/" + ada).then().statusCode(200);
    user.request().get("/api/lists/" + other).then().body("size", equalTo(1));
  }

  @Test
  void search_pages_with_a_keyset() {
    Api user = Api.newUser();
    for (int i = 0; i < 5; i++) {
      user.request()
          .body(contact("Person" + i, "p" + i + "@example.com"))
          .post("/api/contacts")
          .then()
          .statusCode(201);
    }
    var first =
        user.request()
            .get("/api/contacts?limit=2")
            .then()
            .body("items.size()", equalTo(2))
            .extract()
            .jsonPath();
    long after = first.getLong("nextAfter");
    var second =
        user.request()
            .get("/api/contacts?limit=2&after=" + after)
            .then()
            .body("items.size()", equalTo(2))
            .extract()
            .jsonPath();
    var third =
        user.request()
            .get("/api/contacts?limit=2&after=" + second.getLong("nextAfter"))
            .then()
            .body("items.size()", equalTo(1))
            .body("nextAfter", equalTo(null))
            .extract()
            .jsonPath();
    org.assertj.core.api.Assertions.assertThat(
            java.util.stream.Stream.of(first, second, third)
                .flatMap(page -> page.getList("items.id", Integer.class).stream())
                .distinct()
                .count())
        .isEqualTo(5);
  }

  @Test
  void suppressions_are_added_listed_and_lifted() {
    Api user = Api.newUser();
    String id =
        user.request()
            .body(Map.of("address", "Someone@Example.com", "note", "asked by phone"))
            .post("/api/suppressions")
            .then()
            .statusCode(201)
            .body("address", equalTo("someone@example.com"))
            .body("reason", equalTo("MANUAL"))
            .extract()
            .path("id");
    user.request().get("/api/suppressions").then().body("size()", equalTo(1));
    user.request().delete("/api/suppressions/" + id).then().statusCode(204);
    user.request().get("/api/suppressions").then().body("size()", equalTo(0));
  }
}
