package app.rapport.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls the API as one signed-in user; {@link #newUser()} makes a fresh tenant for a test. */
public record Api(String email, String password) {

  public static final String ADMIN_EMAIL = "admin@test.local";
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  public static RequestSpecification admin() {
    return new Api(ADMIN_EMAIL, ADMIN_PASSWORD).request();
  }

  public static String uniqueEmail() {
    return "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.local";
  }

  /** Creates a new user through the API and returns a client signed in as them. */
  public static Api newUser() {
    String email = uniqueEmail();
    String password = "password-of-" + email;
    admin()
        .body(Map.of("email", email, "password", password))
        .post("/api/users")
        .then()
        .statusCode(201);
    return new Api(email, password);
  }

  public RequestSpecification request() {
    return given().auth().preemptive().basic(email, password).contentType(ContentType.JSON);
  }
}
