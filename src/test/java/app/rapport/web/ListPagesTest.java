package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListPagesTest {

  /** A German export: "Vorname" and "Nachname" are not recognised, and one address is bad. */
  static final String EXPORT =
      """
      Vorname,Nachname,Mail,Context Type,Context Title,Context Date,Context Note
      Ada,Lovelace,ada@example.com,blog post,Notes on the engine,2026-09-01,the part on loops
      Grace,Hopper,grace@,talk,Nanoseconds explained,2026-10-12,the wire you handed out
      Linus,Torvalds,linus@example.com,article,On email patches,2026-08-20,
      """;

  static final List<String> HEADERS =
      List.of(
          "Vorname",
          "Nachname",
          "Mail",
          "Context Type",
          "Context Title",
          "Context Date",
          "Context Note");

  static final List<String> FIXED =
      List.of(
          "FIRST_NAME",
          "LAST_NAME",
          "EMAIL",
          "CONTEXT_TYPE",
          "CONTEXT_TITLE",
          "CONTEXT_DATE",
          "CONTEXT_NOTE");

  static long createList(WebSession session, String name) {
    session.get("/lists");
    Response created = session.post("/lists", Map.of("name", name, "basis", "people I read"));
    assertThat(created.statusCode()).isEqualTo(303);
    return Long.parseLong(created.getHeader("Location").replaceAll(".*/lists/", ""));
  }

  @Test
  void a_new_list_opens_its_page() {
    WebSession session = WebSession.signIn(Api.newUser());
    long list = createList(session, "Data engineers");
    session
        .get("/lists/" + list)
        .then()
        .statusCode(200)
        .body(containsString("Data engineers"))
        .body(containsString("Nobody on this list yet"));
    session.get("/lists").then().statusCode(200).body(containsString("/lists/" + list));
  }

  @Test
  void a_list_needs_a_name_that_is_not_taken() {
    WebSession session = WebSession.signIn(Api.newUser());
    createList(session, "Founders");
    session
        .post("/lists", Map.of("name", "founders"))
        .then()
        .statusCode(422)
        .body(containsString("already have a list named"));
    session
        .post("/lists", Map.of("name", " "))
        .then()
        .statusCode(422)
        .body(containsString("aria-invalid=\"true\""));
  }

  @Test
  void the_upload_preview_shows_the_first_rows_and_a_choice_per_column() {
    WebSession session = WebSession.signIn(Api.newUser());
    long list = createList(session, "Preview");
    session.get("/lists/" + list);
    session
        .upload(
            "/lists/" + list + "/upload/preview",
            "export.csv",
            EXPORT.getBytes(StandardCharsets.UTF_8),
            Map.of())
        .then()
        .statusCode(200)
        .body(containsString("Vorname"))
        .body(containsString("Notes on the engine"))
        .body(containsString("name=\"field\""))
        // "Mail" is recognised as the email, "Vorname" is not
        .body(matchesPattern("(?s).*id=\"field-2\".*value=\"EMAIL\" selected.*"))
        .body(matchesPattern("(?s).*id=\"field-0\" name=\"field\" class=\"unmapped\".*"));
  }

  @Test
  void an_import_with_the_mapping_fixed_reports_the_bad_row_and_offers_it_as_csv() {
    WebSession session = WebSession.signIn(Api.newUser());
    long list = createList(session, "German export");
    session.get("/lists/" + list);
    Response imported =
        session.upload(
            "/lists/" + list + "/upload",
            "export.csv",
            EXPORT.getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "SKIP_INVALID", "column", HEADERS, "field", FIXED));
    assertThat(imported.statusCode()).isEqualTo(303);
    String report = imported.getHeader("Location").replaceAll(".*/imports/", "");
    session
        .get("/imports/" + report)
        .then()
        .statusCode(200)
        .body(containsString("New people</dt><dd>2</dd>"))
        .body(containsString("Vorname</span> → First name"))
        .body(containsString("grace@"))
        .body(containsString("/imports/" + report + "/problems.csv"));
    Response csv = session.get("/imports/" + report + "/problems.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("attachment");
    assertThat(csv.asString())
        .startsWith("\"line\",\"column\",\"value\",\"message\"")
        .contains("\"3\",\"Mail\",\"grace@\"");
    session
        .get("/lists/" + list + "?q=ada")
        .then()
        .statusCode(200)
        .body(containsString("ada@example.com"))
        .body(not(containsString("linus@example.com")));
  }

  @Test
  void an_import_without_the_mapping_is_refused_whole_and_says_why() {
    WebSession session = WebSession.signIn(Api.newUser());
    long list = createList(session, "Refused");
    session.get("/lists/" + list);
    Response refused =
        session.upload(
            "/lists/" + list + "/upload",
            "export.csv",
            EXPORT.getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "ALL_OR_NOTHING"));
    assertThat(refused.statusCode()).isEqualTo(303);
    session
        .get(refused.getHeader("Location").replaceAll("^https?://[^/]+", ""))
        .then()
        .statusCode(200)
        .body(containsString("Nothing was imported"))
        .body(containsString("no column for the name"));
  }

  @Test
  void the_live_search_answers_with_the_contacts_table_alone() {
    WebSession session = WebSession.signIn(Api.newUser());
    long list = createList(session, "Search");
    session.get("/lists/" + list);
    session.upload(
        "/lists/" + list + "/upload",
        "export.csv",
        EXPORT.getBytes(StandardCharsets.UTF_8),
        Map.of("mode", "SKIP_INVALID", "column", HEADERS, "field", FIXED));
    session
        .get("/lists/" + list + "/contacts?q=torv")
        .then()
        .statusCode(200)
        .body(containsString("linus@example.com"))
        .body(not(containsString("<html")));
  }
}
