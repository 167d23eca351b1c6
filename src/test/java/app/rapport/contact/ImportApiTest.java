package app.rapport.contact;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

  static final String GENERIC =
      """
      First Name,Last Name,E-mail,Company,Position,Context Type,Context Title,Context URL,Context Date
      Ada,Lovelace,ada@example.com,Analytical,Engineer,blog post,Notes on the engine,https://ada.example/notes,2026-09-01
      Grace,Hopper,grace@example.com,Navy,Admiral,talk,Nanoseconds,https://talks.example/nano,2026-10-12
      Linus,,linus@example.com,Kernel,Maintainer,article,On email patches,,
      """;

  static final String LINKEDIN =
      "Notes:\r\n"
          + "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
          + "\r\n"
          + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme,CTO,12 Mar 2024\r\n"
          + "John,Roe,https://www.linkedin.com/in/johnroe,john@roe.example,Initech,VP Sales,01 Feb 2025\r\n";

  static ValidatableResponse upload(Api user, long listId, String csv, String query) {
    return user.request()
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/lists/" + listId + "/imports" + query)
        .then();
  }

  static long newList(Api user) {
    return user.request()
        .body(Map.of("name", "list " + System.nanoTime(), "basis", "people whose posts I read"))
        .post("/api/lists")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void a_generic_csv_imports_every_row_with_its_context_and_provenance() {
    Api user = Api.newUser();
    long list = newList(user);
    long importId =
        upload(user, list, GENERIC, "?fileName=people.csv")
            .statusCode(201)
            .body("status", equalTo("IMPORTED"))
            .body("created", equalTo(3))
            .body("rowsRead", equalTo(3))
            .extract()
            .jsonPath()
            .getLong("id");
    user.request().get("/api/lists/" + list).then().body("size", equalTo(3));
    user.request()
        .get("/api/contacts?q=grace")
        .then()
        .body("items[0].company", equalTo("Navy"))
        .body("items[0].hooks[0].type", equalTo("TALK"))
        .body("items[0].hooks[0].title", equalTo("Nanoseconds"))
        .body("items[0].hooks[0].publishedOn", equalTo("2026-10-12"))
        .body("items[0].provenance.importId", equalTo((int) importId))
        .body("items[0].provenance.file", equalTo("people.csv"))
        .body("items[0].provenance.line", equalTo(3));
    user.request()
        .get("/api/imports/" + importId)
        .then()
        .statusCode(200)
        .body("created", equalTo(3));
  }

  @Test
  void linkedins_connections_export_imports_as_it_is() {
    Api user = Api.newUser();
    long list = newList(user);
    upload(user, list, LINKEDIN, "").statusCode(201).body("created", equalTo(2));
    user.request()
        .get("/api/contacts?q=jane")
        .then()
        .body("items[0].profileUrl", equalTo("https://www.linkedin.com/in/janedoe"))
        .body("items[0].title", equalTo("CTO"))
        .body("items[0].provenance.line", equalTo(5));
  }

  @Test
  void importing_again_reports_unchanged_and_updated_rows() {
    Api user = Api.newUser();
    long list = newList(user);
    upload(user, list, GENERIC, "").statusCode(201).body("created", equalTo(3));
    upload(user, list, GENERIC, "")
        .statusCode(201)
        .body("created", equalTo(0))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(3));
    String changed = GENERIC.replace("Kernel,Maintainer", "Kernel,Creator");
    upload(user, list, changed, "")
        .statusCode(201)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(2));
    user.request().get("/api/lists/" + list).then().body("size", equalTo(3));
  }

  @Test
  void duplicates_inside_a_file_become_one_contact_with_both_hooks() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        """
        First Name,Email,Context Type,Context Title
        Ada,ADA@example.com,blog post,First post
        Ada,ada@example.com,talk,A talk
        """;
    upload(user, list, csv, "")
        .statusCode(201)
        .body("created", equalTo(1))
        .body("rowsRead", equalTo(2));
    user.request()
        .get("/api/contacts?q=ada")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].hooks.size()", equalTo(2));
  }

  @Test
  void a_file_of_known_and_new_people_adds_all_to_a_new_list_without_repeating_hooks() {
    Api user = Api.newUser();
    upload(user, newList(user), GENERIC, "").statusCode(201).body("created", equalTo(3));
    long second = newList(user);
    String csv =
        """
        First Name,E-mail,Company,Context Type,Context Title,Context URL
        Grace,grace@example.com,Navy,talk,Nanoseconds,https://talks.example/nano
        Ada,ada@example.com,Analytical Engines,talk,A new talk,
        Alan,alan@example.com,Bletchley,article,On computable numbers,
        """;
    upload(user, second, csv, "")
        .statusCode(201)
        .body("created", equalTo(1))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
    user.request().get("/api/lists/" + second).then().body("size", equalTo(3));
    user.request()
        .get("/api/contacts?q=grace")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].hooks.size()", equalTo(1))
        .body("items[0].lastName", equalTo("Hopper"));
    user.request()
        .get("/api/contacts?q=ada")
        .then()
        .body("items[0].company", equalTo("Analytical Engines"))
        .body("items[0].hooks.size()", equalTo(2))
        .body("items[0].provenance.line", equalTo(2));
    user.request()
        .get("/api/contacts?q=alan")
        .then()
        .body("items[0].hooks[0].title", equalTo("On computable numbers"))
        .body("items[0].provenance.line", equalTo(4));
  }

  @Test
  void a_known_person_named_twice_in_a_file_keeps_the_last_row_and_every_new_hook() {
    Api user = Api.newUser();
    long list = newList(user);
    upload(user, list, GENERIC, "").statusCode(201);
    String csv =
        """
        First Name,E-mail,Company,Context Type,Context Title
        Linus,LINUS@example.com,Foundation,talk,On trees
        Linus,linus@example.com,Kernel,blog post,On email patches
        Grace,grace@example.com,,talk,On trees
        """;
    upload(user, list, csv, "")
        .statusCode(201)
        .body("created", equalTo(0))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(2))
        .body("rowsRead", equalTo(3));
    user.request()
        .get("/api/contacts?q=linus")
        .then()
        .body("items[0].company", equalTo("Kernel"))
        .body("items[0].hooks.size()", equalTo(3));
    user.request().get("/api/contacts?q=grace").then().body("items[0].hooks.size()", equalTo(2));
    user.request().get("/api/lists/" + list).then().body("size", equalTo(3));
  }

  @Test
  void one_bad_row_refuses_the_whole_file_and_names_line_and_column() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        """
        First Name,Email,Context Type,Context Title
        Ada,ada@example.com,blog post,On pacing
        Bob,bob@,talk,Slow networking
        Cy,cy@example.com,podcast,Episode 12
        """;
    long importId =
        upload(user, list, csv, "")
            .statusCode(422)
            .contentType("application/problem+json")
            .body("problems.line", hasItem(3))
            .body("problems.column", hasItem("Email"))
            .body("problems.value", hasItem("bob@"))
            .body("problems.line", hasItem(4))
            .extract()
            .jsonPath()
            .getLong("importId");
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
    user.request().get("/api/contacts").then().body("items.size()", equalTo(0));
    user.request()
        .get("/api/imports/" + importId)
        .then()
        .body("status", equalTo("REFUSED"))
        .body("problemCount", equalTo(2));
  }

  @Test
  void skip_mode_writes_the_valid_rows_and_reports_the_skipped_ones() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        """
        First Name,Email
        Ada,ada@example.com
        Bob,bob@
        Cy,cy@example.com
        """;
    upload(user, list, csv, "?onError=skip")
        .statusCode(201)
        .body("created", equalTo(2))
        .body("skipped", equalTo(1))
        .body("problems[0].line", equalTo(3));
    user.request().get("/api/lists/" + list).then().body("size", equalTo(2));
  }

  @Test
  void bom_semicolons_crlf_and_quoted_newlines_are_parsed() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        "\uFEFFFirst Name;Email;Notes\r\n"
            + "Ada;ada@example.com;\"met at the\r\nconference\"\r\n"
            + "Grace;grace@example.com;plain\r\n";
    upload(user, list, csv, "").statusCode(201).body("created", equalTo(2));
    user.request().get("/api/contacts?q=grace").then().body("items[0].provenance.line", equalTo(4));
  }

  @Test
  void invalid_utf8_is_refused_with_the_line_named() {
    Api user = Api.newUser();
    long list = newList(user);
    byte[] head = "First Name,Email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'B', 'o', (byte) 0xC3, (byte) 0x28, ',', 'b', '@', 'x', '.', 'i', 'o', '\n'};
    byte[] body = new byte[head.length + bad.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bad, 0, body, head.length, bad.length);
    user.request()
        .contentType("text/csv")
        .body(body)
        .post("/api/lists/" + list + "/imports")
        .then()
        .statusCode(422)
        .body("problems[0].line", equalTo(3));
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
  }

  @Test
  void a_header_injection_attempt_in_a_name_is_refused() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv = "First Name,Email\n\"Alice\r\nBcc: x@evil.example\",alice@example.com\n";
    upload(user, list, csv, "").statusCode(422).body("problems[0].column", equalTo("First Name"));
    user.request().get("/api/contacts").then().body("items.size()", equalTo(0));
  }

  @Test
  void too_many_rows_is_413_and_imports_nothing() {
    Api user = Api.newUser();
    long list = newList(user);
    StringBuilder csv = new StringBuilder("First Name,Email\n");
    for (int i = 0; i < 600; i++) {
      csv.append("P").append(i).append(",p").append(i).append("@example.com\n");
    }
    upload(user, list, csv.toString(), "").statusCode(413).contentType("application/problem+json");
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
  }

  @Test
  void a_one_megabyte_field_is_422_and_imports_nothing() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv = "First Name,Email,Notes\nAda,ada@example.com," + "x".repeat(1_000_000) + "\n";
    upload(user, list, csv, "").statusCode(422);
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
  }

  @Test
  void an_upload_over_the_size_limit_is_413() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        "First Name,Email,Notes\n" + ("Ada,ada@example.com," + "y".repeat(3000) + "\n").repeat(800);
    upload(user, list, csv, "?onError=skip").statusCode(413);
    user.request().get("/api/lists/" + list).then().body("size", equalTo(0));
  }

  @Test
  void a_suppressed_address_is_imported_but_flagged() {
    Api user = Api.newUser();
    long list = newList(user);
    user.request()
        .body(Map.of("address", "Grace@Example.com", "reason", "OPTED_OUT"))
        .post("/api/suppressions")
        .then()
        .statusCode(201);
    upload(user, list, GENERIC, "").statusCode(201).body("suppressed", equalTo(1));
    user.request().get("/api/contacts?q=grace").then().body("items[0].suppressed", equalTo(true));
    user.request().get("/api/contacts?q=ada").then().body("items[0].suppressed", equalTo(false));
  }

  @Test
  void an_explicit_mapping_overrides_detection() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv = "Who,Mail\nAda,ada@example.com\n";
    user.request()
        .contentType("text/csv")
        .queryParam("mapping", "{\"Who\":\"FIRST_NAME\",\"Mail\":\"EMAIL\"}")
        .body(csv)
        .post("/api/lists/" + list + "/imports")
        .then()
        .statusCode(201)
        .body("created", equalTo(1))
        .body("mapping.Mail", equalTo("EMAIL"));
  }

  @Test
  void a_multipart_upload_is_imported() {
    Api user = Api.newUser();
    long list = newList(user);
    user.request()
        .contentType("multipart/form-data")
        .multiPart("file", "people.csv", GENERIC.getBytes(StandardCharsets.UTF_8), "text/csv")
        .multiPart("onError", "skip")
        .post("/api/lists/" + list + "/imports")
        .then()
        .statusCode(201)
        .body("created", equalTo(3))
        .body("fileName", equalTo("people.csv"));
  }

  @Test
  void the_export_neutralises_formula_cells() {
    Api user = Api.newUser();
    long list = newList(user);
    String csv =
        """
        First Name,Email,Company,Notes
        =HYPERLINK("http://evil"),eve@example.com,+cmd,@SUM(A1)
        """;
    upload(user, list, csv, "").statusCode(201);
    String exported =
        user.request()
            .get("/api/lists/" + list + "/contacts.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(exported)
        .contains("'=HYPERLINK")
        .contains("'+cmd")
        .contains("'@SUM(A1)")
        .doesNotContain("\"=HYPERLINK")
        .startsWith("\"First Name\",\"Last Name\",\"Email\"");
  }

  @Test
  void an_unknown_on_error_value_is_refused() {
    Api user = Api.newUser();
    long list = newList(user);
    upload(user, list, GENERIC, "?onError=maybe")
        .statusCode(422)
        .body("detail", containsString("onError"));
  }
}
