package app.rapport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kept metrics reports: served again while the data is unchanged, recomputed after any change a
 * report can show (through every trigger of {@code V6__metrics_version.sql}), served outdated only
 * to a caller that accepts it, and never to another user.
 */
@QuarkusTest
class MetricsCacheTest {

  @Inject MetricsQueries queries;
  @Inject MetricsVersionCompaction compaction;
  @Inject EntityManager em;

  private static JsonPath metrics(Api user, String query) {
    return user.request().get("/api/metrics" + query).then().statusCode(200).extract().jsonPath();
  }

  private static void accept(Api user, long invitation) {
    user.request()
        .body(Map.of("outcome", "ACCEPTED", "note", "said yes on the phone"))
        .post("/api/invitations/" + invitation + "/outcome")
        .then()
        .statusCode(200);
  }

  private static long ownerId(Api user) {
    return user.request().get("/api/me").then().statusCode(200).extract().jsonPath().getLong("id");
  }

  private long version(Api user) {
    return queries.version(ownerId(user), null);
  }

  @Test
  void an_unchanged_report_is_served_again_and_a_change_is_counted_at_once() {
    Api user = Api.newUser();
    long campaign = Scenario.started(user, Scenario.PEOPLE, "EMAIL", 30, "UTC");
    JsonPath first = metrics(user, "");
    JsonPath again = metrics(user, "");
    assertThat(again.getString("asOf"))
        .as("the same computation")
        .isEqualTo(first.getString("asOf"));
    assertThat(again.getBoolean("upToDate")).isTrue();

    long invitation = Scenario.firstInvitationId(user, campaign);
    Sending.markSent(em, invitation, Instant.now());
    accept(user, invitation);

    JsonPath after = metrics(user, "");
    assertThat(after.getString("asOf")).isNotEqualTo(first.getString("asOf"));
    assertThat(after.getLong("totals.accepted")).isEqualTo(first.getLong("totals.accepted") + 1);
    assertThat(after.getBoolean("upToDate")).isTrue();
  }

  @Test
  void every_write_a_report_can_show_moves_the_version_and_others_do_not() {
    Api user = Api.newUser();
    long campaign = Scenario.started(user, Scenario.PEOPLE, "EMAIL", 30, "UTC");
    long invitation = Scenario.firstInvitationId(user, campaign);
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put(
        "invitation", "update invitation set state = 'SENT', sent_at = now() where id = ?1");
    changes.put(
        "answer",
        "insert into answer (invitation_id, owner_id, campaign_id, choice, source,"
            + " first_answered_at, answered_at) select id, owner_id, campaign_id, 'ACCEPT', 'USER',"
            + " now(), now() from invitation where id = ?1");
    changes.put(
        "contact relationship",
        "update contact set relationship = 'JUNIOR'"
            + " where id = (select recipient_id from invitation where id = ?1)");
    changes.put(
        "context date",
        "update context_hook set published_on = date '2020-01-01'"
            + " where id = (select hook_id from invitation where id = ?1)");
    changes.put(
        "campaign name",
        "update campaign set name = 'Renamed'"
            + " where id = (select campaign_id from invitation where id = ?1)");
    changes.put("invitation deleted", "delete from invitation where id = ?1");
    for (Map.Entry<String, String> change : changes.entrySet()) {
      long before = version(user);
      Sending.update(em, change.getValue(), invitation);
      assertThat(version(user)).as(change.getKey()).isGreaterThan(before);
    }

    long before = version(user);
    Sending.update(
        em, "update contact set notes = 'met at the meetup' where owner_id = ?1", ownerId(user));
    Sending.update(em, "update campaign set name = name where owner_id = ?1", ownerId(user));
    assertThat(version(user)).as("writes no report shows").isEqualTo(before);
  }

  @Test
  void a_caller_accepting_old_figures_gets_them_marked_and_then_the_new_ones() {
    Api user = Api.newUser();
    long campaign = Scenario.started(user, Scenario.PEOPLE, "EMAIL", 30, "UTC");
    JsonPath before = metrics(user, "?maxAge=3600");
    long invitation = Scenario.firstInvitationId(user, campaign);
    Sending.markSent(em, invitation, Instant.now());

    JsonPath outdated = metrics(user, "?maxAge=3600");
    assertThat(outdated.getBoolean("upToDate")).isFalse();
    assertThat(outdated.getString("asOf")).isEqualTo(before.getString("asOf"));
    assertThat(outdated.getLong("totals.sent")).isEqualTo(before.getLong("totals.sent"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonPath refreshed = metrics(user, "?maxAge=3600");
              assertThat(refreshed.getBoolean("upToDate")).isTrue();
              assertThat(refreshed.getLong("totals.sent"))
                  .isEqualTo(before.getLong("totals.sent") + 1);
            });
    assertThat(metrics(user, "").getLong("totals.sent"))
        .as("an exact request agrees")
        .isEqualTo(before.getLong("totals.sent") + 1);
  }

  @Test
  void compaction_folds_the_change_rows_and_keeps_every_version() {
    Api user = Api.newUser();
    Scenario.started(user, Scenario.PEOPLE, "EMAIL", 30, "UTC");
    long before = version(user);
    JsonPath report = metrics(user, "");

    compaction.run();

    assertThat(version(user)).isEqualTo(before);
    long rows =
        Sending.number(
            em, "select count(*) from metrics_change where owner_id = ?1", ownerId(user));
    assertThat(rows).isZero();
    assertThat(metrics(user, "").getString("asOf"))
        .as("the kept report is still current")
        .isEqualTo(report.getString("asOf"));
  }

  @Test
  void another_users_campaign_is_not_found_even_when_its_report_is_kept() {
    Api owner = Api.newUser();
    long campaign = Scenario.started(owner, Scenario.PEOPLE, "EMAIL", 30, "UTC");
    owner.request().get("/api/campaigns/" + campaign + "/metrics").then().statusCode(200);

    Api other = Api.newUser();
    other
        .request()
        .get("/api/campaigns/" + campaign + "/metrics?maxAge=3600")
        .then()
        .statusCode(404);
  }

  @Test
  void the_api_documents_the_report_it_sends() {
    JsonPath openapi =
        io.restassured.RestAssured.given()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String path : List.of("/api/metrics", "/api/campaigns/{id}/metrics")) {
      String ref =
          openapi.getString(
              "paths.'" + path + "'.get.responses.'200'.content.'application/json'.schema.$ref");
      String component = ref.substring(ref.lastIndexOf('/') + 1);
      // a component may stand for another one ({"$ref": ...}): follow it to the one with properties
      for (String next = openapi.getString("components.schemas." + component + ".$ref");
          next != null;
          next = openapi.getString("components.schemas." + component + ".$ref")) {
        component = next.substring(next.lastIndexOf('/') + 1);
      }
      Map<String, Object> properties =
          openapi.getMap("components.schemas." + component + ".properties");
      assertThat(properties)
          .as(path + " answers a " + component)
          .containsKeys("upToDate", "asOf", "zone", "totals", "byCampaign", "daily", "weekly")
          .doesNotContainKeys("report", "json");
    }
  }

  @Test
  void a_max_age_that_is_not_a_number_of_seconds_is_refused_like_a_bad_zone() {
    Api user = Api.newUser();
    for (String bad : List.of("-1", "soon", "1e3", "86401")) {
      user.request()
          .get("/api/metrics?maxAge=" + bad)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("detail", containsString("maxAge"));
    }
  }
}
