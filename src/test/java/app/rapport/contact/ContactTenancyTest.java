package app.rapport.contact;

import static org.hamcrest.Matchers.equalTo;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another user's ids answer 404 on every endpoint of contacts, lists, imports and suppressions. */
@QuarkusTest
class ContactTenancyTest {

  @Test
  void another_users_ids_answer_404_everywhere_and_change_nothing() {
    Api owner = Api.newUser();
    Api intruder = Api.newUser();
    long list = ImportApiTest.newList(owner);
    long importId =
        ImportApiTest.upload(owner, list, ImportApiTest.GENERIC, "")
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long contact =
        owner
            .request()
            .get("/api/contacts?q=ada")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    String suppression =
        owner
            .request()
            .body(Map.of("address", "x@example.com"))
            .post("/api/suppressions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    long intruderContact =
        intruder
            .request()
            .body(ContactApiTest.contact("Mallory", "m@example.com"))
            .post("/api/contacts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long intruderList = ImportApiTest.newList(intruder);

    intruder.request().get("/api/lists/" + list).then().statusCode(404);
    intruder
        .request()
        .body(Map.of("name", "mine now"))
        .put("/api/lists/" + list)
        .then()
        .statusCode(404);
    intruder.request().delete("/api/lists/" + list).then().statusCode(404);
    intruder
        .request()
        .body(Map.of("contactIds", List.of(intruderContact)))
        .post("/api/lists/" + list + "/members")
        .then()
        .statusCode(404);
    intruder
        .request()
        .body(Map.of("contactIds", List.of(contact)))
        .post("/api/lists/" + intruderList + "/members")
        .then()
        .statusCode(404);
    intruder.request().delete("/api/lists/" + list + "/members/" + contact).then().statusCode(404);
    ImportApiTest.upload(intruder, list, ImportApiTest.GENERIC, "").statusCode(404);
    intruder.request().get("/api/lists/" + list + "/contacts.csv").then().statusCode(404);
    intruder.request().get("/api/imports/" + importId).then().statusCode(404);
    intruder.request().get("/api/contacts/" + contact).then().statusCode(404);
    intruder
        .request()
        .body(ContactApiTest.contact("Mallory", "ada@example.com"))
        .put("/api/contacts/" + contact)
        .then()
        .statusCode(404);
    intruder.request().delete("/api/contacts/" + contact).then().statusCode(404);
    intruder.request().delete("/api/suppressions/" + suppression).then().statusCode(404);
    intruder
        .request()
        .get("/api/contacts?listId=" + list)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    intruder.request().get("/api/imports").then().body("size()", equalTo(0));
    intruder.request().get("/api/suppressions").then().body("size()", equalTo(0));

    owner.request().get("/api/lists/" + list).then().statusCode(200).body("size", equalTo(3));
    owner
        .request()
        .get("/api/contacts/" + contact)
        .then()
        .statusCode(200)
        .body("firstName", equalTo("Ada"));
    owner.request().get("/api/suppressions").then().body("size()", equalTo(1));
    owner.request().get("/api/imports/" + importId).then().statusCode(200);
  }
}
