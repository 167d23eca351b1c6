package app.rapport.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A suppression names a person, not one spelling of them: someone known by email and profile link
 * stays suppressed when a later list brings them back with only one of the two.
 */
@QuarkusTest
class SuppressedPersonTest {

  private static final String JANE =
      "First Name,Email,LinkedIn URL\n"
          + "Jane,jane.doe@example.org,https://www.linkedin.com/in/Jane-Doe/\n"
          + "Omar,omar@example.org,https://www.linkedin.com/in/omar\n";

  /** Imports into a new list, checks how many people the report flags; returns the list. */
  private static long importCsv(Api user, String csv, int suppressed) {
    long list = Scenario.emptyList(user);
    user.request()
        .contentType("text/csv")
        .body(csv)
        .post("/api/lists/" + list + "/imports")
        .then()
        .statusCode(201)
        .body("suppressed", equalTo(suppressed));
    return list;
  }

  private static void suppress(Api user, Map<String, String> body) {
    user.request().body(body).post("/api/suppressions").then().statusCode(201);
  }

  @Test
  void suppressing_a_profile_link_also_suppresses_the_email_of_the_person_it_belongs_to() {
    Api user = Api.newUser();
    Scenario.list(user, JANE);
    suppress(
        user, Map.of("address", "uk.linkedin.com/in/jane-doe?trk=x", "note", "asked on LinkedIn"));

    user.request()
        .get("/api/suppressions")
        .then()
        .statusCode(200)
        .body("address", containsInAnyOrder("linkedin.com/in/jane-doe", "jane.doe@example.org"))
        .body("note", hasItem("the same person as linkedin.com/in/jane-doe"));
    user.request().get("/api/contacts?q=jane").then().body("items[0].suppressed", equalTo(true));
    user.request().get("/api/contacts?q=omar").then().body("items[0].suppressed", equalTo(false));
    importCsv(user, "First Name,Email\nJane,Jane.Doe@example.org\n", 1);
  }

  @Test
  void an_opted_out_person_is_flagged_when_a_list_brings_them_back_by_profile_link_only() {
    Api user = Api.newUser();
    Scenario.list(user, JANE);
    suppress(user, Map.of("address", "jane.doe@example.org", "reason", "OPTED_OUT"));

    importCsv(user, "First Name,LinkedIn URL\nJane,linkedin.com/in/jane-doe\n", 1);
    importCsv(user, "First Name,LinkedIn URL\nOmar,linkedin.com/in/omar\n", 0);
  }

  @Test
  void someone_suppressed_by_profile_link_is_flagged_and_not_drafted_back_with_an_email() {
    Api user = Api.newUser();
    Scenario.list(user, "First Name,LinkedIn URL\nJane,linkedin.com/in/jane-doe\n");
    suppress(
        user, Map.of("address", "https://www.linkedin.com/in/jane-doe", "reason", "OPTED_OUT"));
    long list =
        importCsv(
            user,
            "First Name,Last Name,Email,LinkedIn URL,Context Type,Context Title,Context URL,"
                + "Context Date,Context Note\n"
                + "Ada,Lovelace,ada@example.com,,blog post,Notes on the engine,"
                + "https://ada.example/notes,2026-09-01,the part on loops\n"
                + "Grace,Hopper,grace@example.com,,talk,Nanoseconds explained,"
                + "https://talks.example/nano,2026-10-12,the wire you handed out\n"
                + "Jane,Doe,jane.doe@example.org,https://uk.linkedin.com/in/jane-doe,article,"
                + "On quiet outreach,https://jane.example/quiet,2026-10-02,the bit on timing\n",
            1);
    // the same person, now known by email: a new contact whose identity is the email
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));

    Map<String, Object> report = Scenario.draft(user, campaign, list);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> skipped = (List<Map<String, Object>>) report.get("skipped");
    assertThat(report).containsEntry("drafted", 2);
    assertThat(skipped)
        .extracting(s -> (String) s.get("reason"))
        .anyMatch(r -> r.startsWith("suppressed"));
  }
}
