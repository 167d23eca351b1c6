package app.rapport.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import app.rapport.response.AnswerKeys;
import app.rapport.response.NoReplyJob;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.support.Api;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replays a scenario with known answers — links, one-click, outcomes by hand, a bounce, the
 * no-reply job — and checks every figure of the metrics: totals and campaigns against numbers
 * worked out by hand, every breakdown and series against a plain recount of the scenario.
 */
@QuarkusTest
class MetricsScenarioTest {

  static final String PEOPLE =
      """
      First Name,Last Name,Email,Profile URL,Relationship,Context Type,Context Title,Context URL,Context Date,Context Note
      Ada,One,m1@example.com,https://www.linkedin.com/in/m1,peer,blog post,Loops,https://b.example/1,2026-10-20,the part on loops
      Bea,Two,m2@example.com,https://www.linkedin.com/in/m2,senior,talk,Queues,https://b.example/2,2026-08-15,the queue demo
      Cyd,Three,m3@example.com,https://www.linkedin.com/in/m3,junior,article,Caches,https://b.example/3,2026-03-01,the cache numbers
      Dan,Four,m4@example.com,https://www.linkedin.com/in/m4,peer,blog post,Logs,https://b.example/4,2025-09-01,the log format
      Eve,Five,m5@example.com,https://www.linkedin.com/in/m5,unknown,talk,Tests,https://b.example/5,2026-10-30,the flaky tests
      Fay,Six,m6@example.com,https://www.linkedin.com/in/m6,senior,article,Costs,https://b.example/6,2026-11-01,the cost table
      """;

  static final Map<String, String> RELATIONSHIP =
      Map.of(
          "m1", "PEER", "m2", "SENIOR", "m3", "JUNIOR", "m4", "PEER", "m5", "UNKNOWN", "m6",
          "SENIOR");
  static final Map<String, LocalDate> PUBLISHED =
      Map.of(
          "m1", LocalDate.parse("2026-10-20"),
          "m2", LocalDate.parse("2026-08-15"),
          "m3", LocalDate.parse("2026-03-01"),
          "m4", LocalDate.parse("2025-09-01"),
          "m5", LocalDate.parse("2026-10-30"),
          "m6", LocalDate.parse("2026-11-01"));

  @Inject EntityManager em;
  @Inject SettableClock clock;
  @Inject AnswerKeys keys;
  @Inject NoReplyJob noReply;

  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** One invitation of the scenario as it ends: what the metrics must count. */
  record Spec(
      long id,
      long campaign,
      String channel,
      String person,
      String template,
      String contextType,
      String state,
      Instant sentAt,
      Long secondsToAnswer) {}

  static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void every_figure_matches_the_replayed_answers() throws Exception {
    Api user = Api.newUser();
    long list = Scenario.list(user, PEOPLE);
    Map<String, Object> email = new HashMap<>(Scenario.campaignBody("EMAIL", List.of()));
    email.put("name", "Email coffees");
    long c1 = Scenario.campaign(user, email);
    Map<String, Object> manual = new HashMap<>(Scenario.campaignBody("MANUAL", List.of()));
    manual.put("name", "=SUM(A1) manual");
    long c2 = Scenario.campaign(user, manual);
    Scenario.draft(user, c1, list);
    Scenario.draft(user, c2, list);

    Map<Long, String> personOf = new HashMap<>();
    for (Map<String, Object> contact :
        user.request()
            .get("/api/contacts?limit=50&listId=" + list)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("items")) {
      personOf.put(
          ((Number) contact.get("id")).longValue(),
          ((String) contact.get("email")).substring(0, 2));
    }
    Map<String, Map<String, Object>> inv = new HashMap<>();
    for (long campaign : List.of(c1, c2)) {
      for (Map<String, Object> i : Scenario.invitations(user, campaign)) {
        String key =
            (campaign == c1 ? "e-" : "l-")
                + personOf.get(((Number) i.get("contactId")).longValue());
        inv.put(key, i);
      }
    }
    assertThat(inv).hasSize(12);
    Function<String, Long> id = key -> ((Number) inv.get(key).get("id")).longValue();

    // sends (a stand-in for dispatch)
    Map<String, Instant> sent = new LinkedHashMap<>();
    sent.put("e-m1", at("2026-11-02T10:00:00Z"));
    sent.put("e-m2", at("2026-11-02T11:00:00Z"));
    sent.put("e-m3", at("2026-11-03T10:00:00Z"));
    sent.put("e-m4", at("2026-11-03T12:00:00Z"));
    sent.put("e-m5", at("2026-11-09T09:00:00Z"));
    sent.put("e-m6", at("2026-11-10T09:00:00Z"));
    sent.put("l-m1", at("2026-11-04T15:00:00Z"));
    sent.put("l-m2", at("2026-11-10T16:00:00Z"));
    sent.put("l-m6", at("2026-11-05T09:00:00Z"));
    sent.forEach((key, when) -> Sending.markSent(em, id.apply(key), when));

    // answers, each at a known time after its send
    Map<String, Long> seconds = new HashMap<>();
    answer("e-m1", 3600, sent, seconds, id, () -> link(id.apply("e-m1"), "accept"));
    answer("e-m2", 7200, sent, seconds, id, () -> link(id.apply("e-m2"), "decline"));
    answer("e-m3", 10800, sent, seconds, id, () -> link(id.apply("e-m3"), "accept"));
    answer("e-m6", 1800, sent, seconds, id, () -> oneClick(id.apply("e-m6")));
    answer("l-m1", 86400, sent, seconds, id, () -> outcome(user, id.apply("l-m1"), "REPLIED"));
    answer("l-m6", 172800, sent, seconds, id, () -> outcome(user, id.apply("l-m6"), "ACCEPTED"));
    clock.setTo(at("2026-11-06T09:00:00Z"));
    outcome(user, id.apply("e-m3"), "MET");
    Sending.setState(em, id.apply("e-m5"), "BOUNCED");
    Sending.setState(em, id.apply("l-m3"), "APPROVED");
    user.request().post("/api/invitations/" + id.apply("l-m5") + "/reject").then().statusCode(200);
    clock.setTo(at("2026-11-20T12:00:00Z"));
    noReply.expire();
    clock.reset();

    Map<String, String> finalState =
        Map.ofEntries(
            Map.entry("e-m1", "ACCEPTED"),
            Map.entry("e-m2", "DECLINED"),
            Map.entry("e-m3", "MET"),
            Map.entry("e-m4", "NO_REPLY"),
            Map.entry("e-m5", "BOUNCED"),
            Map.entry("e-m6", "OPTED_OUT"),
            Map.entry("l-m1", "REPLIED"),
            Map.entry("l-m2", "SENT"),
            Map.entry("l-m3", "APPROVED"),
            Map.entry("l-m4", "DRAFTED"),
            Map.entry("l-m5", "REJECTED"),
            Map.entry("l-m6", "ACCEPTED"));
    List<Spec> specs = new ArrayList<>();
    for (Map.Entry<String, String> e : finalState.entrySet()) {
      String key = e.getKey();
      Map<String, Object> i = inv.get(key);
      String state =
          user.request().get("/api/invitations/" + id.apply(key)).then().extract().path("state");
      assertThat(state).as(key).isEqualTo(e.getValue());
      specs.add(
          new Spec(
              id.apply(key),
              key.startsWith("e-") ? c1 : c2,
              key.startsWith("e-") ? "EMAIL" : "MANUAL",
              key.substring(2),
              (String) i.get("templateName"),
              (String) i.get("contextType"),
              e.getValue(),
              sent.get(key),
              seconds.get(key)));
    }

    JsonNode all = get(user, "/api/metrics");
    // worked out by hand
    assertFigures(all.get("totals"), 12, 10, 9, 3, 1, 1, 1, 1, 1, 1, 6, 3 / 9.0, 6 / 9.0, 9000.0);
    JsonNode byCampaign = all.get("byCampaign");
    assertThat(byCampaign).hasSize(2);
    assertThat(byCampaign.get(0).get("key").asText()).isEqualTo(String.valueOf(c1));
    assertThat(byCampaign.get(0).get("label").asText()).isEqualTo("Email coffees");
    assertFigures(byCampaign.get(0), 6, 6, 6, 2, 1, 1, 1, 0, 1, 1, 4, 2 / 6.0, 4 / 6.0, 5400.0);
    assertFigures(byCampaign.get(1), 6, 4, 3, 1, 0, 0, 0, 1, 0, 0, 2, 1 / 3.0, 2 / 3.0, 129600.0);
    JsonNode byChannel = all.get("byChannel");
    assertThat(byChannel.get(0).get("key").asText()).isEqualTo("EMAIL");
    assertFigures(byChannel.get(0), 6, 6, 6, 2, 1, 1, 1, 0, 1, 1, 4, 2 / 6.0, 4 / 6.0, 5400.0);
    assertFigures(byChannel.get(1), 6, 4, 3, 1, 0, 0, 0, 1, 0, 0, 2, 1 / 3.0, 2 / 3.0, 129600.0);
    JsonNode weekly = all.get("weekly");
    assertThat(weekly).hasSize(2);
    assertThat(weekly.get(0).get("start").asText()).isEqualTo("2026-11-02");
    assertThat(weekly.get(0).get("sent").asLong()).isEqualTo(6);
    assertThat(weekly.get(0).get("accepted").asLong()).isEqualTo(3);
    assertThat(weekly.get(1).get("start").asText()).isEqualTo("2026-11-09");
    assertThat(weekly.get(1).get("sent").asLong()).isEqualTo(3);
    assertThat(weekly.get(1).get("optedOut").asLong()).isEqualTo(1);

    // every breakdown and series against a recount of the scenario
    assertBreakdown(all.get("byTemplate"), specs, Spec::template);
    assertBreakdown(all.get("byContextType"), specs, Spec::contextType);
    assertBreakdown(all.get("byContextAge"), specs, MetricsScenarioTest::age);
    assertBreakdown(all.get("byRelationship"), specs, s -> RELATIONSHIP.get(s.person()));
    assertThat(all.get("byContextAge").findValuesAsText("key"))
        .containsExactly(
            "MONTHS_1_TO_3", "MONTHS_3_TO_12", "NOT_SENT", "OVER_12_MONTHS", "UNDER_1_MONTH");
    assertSeries(all.get("daily"), specs, s -> s.sentAt().atZone(ZoneOffset.UTC).toLocalDate());
    assertSeries(
        all.get("weekly"),
        specs,
        s -> s.sentAt().atZone(ZoneOffset.UTC).toLocalDate().with(java.time.DayOfWeek.MONDAY));

    // one campaign: the same figures, its own invitations only
    JsonNode one = get(user, "/api/campaigns/" + c1 + "/metrics");
    assertFigures(one.get("totals"), 6, 6, 6, 2, 1, 1, 1, 0, 1, 1, 4, 2 / 6.0, 4 / 6.0, 5400.0);
    assertThat(one.get("byCampaign")).hasSize(1);

    // days in another zone: 15:00 UTC on Nov 4 is already Nov 5 in Tokyo
    JsonNode tokyo = get(user, "/api/metrics?zone=Asia/Tokyo");
    Map<String, Long> tokyoDays = new TreeMap<>();
    tokyo.get("daily").forEach(d -> tokyoDays.put(d.get("start").asText(), d.get("sent").asLong()));
    assertThat(tokyoDays).containsEntry("2026-11-05", 2L).doesNotContainKey("2026-11-04");

    // the CSV export: the per-campaign table, formula cells neutralised
    String csv = user.request().get("/api/metrics.csv").then().statusCode(200).extract().asString();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("\"campaign_id\",\"campaign\",\"drafted\"");
    assertThat(lines[1])
        .isEqualTo(
            "\""
                + c1
                + "\",\"Email coffees\",\"6\",\"6\",\"6\",\"2\",\"1\",\"1\",\"1\",\"0\",\"1\",\"1\",\"4\",\""
                + 2 / 6.0
                + "\",\""
                + 4 / 6.0
                + "\",\"5400.0\"");
    assertThat(lines[2]).startsWith("\"" + c2 + "\",\"'=SUM(A1) manual\",\"6\",\"4\",\"3\"");

    // tenancy
    Api stranger = Api.newUser();
    stranger.request().get("/api/campaigns/" + c1 + "/metrics").then().statusCode(404);
    JsonNode empty = get(stranger, "/api/metrics");
    assertThat(empty.get("totals").get("drafted").asLong()).isZero();
    assertThat(empty.get("byCampaign")).isEmpty();
    user.request().get("/api/metrics?zone=%2B02:00").then().statusCode(422);
  }

  private void answer(
      String key,
      long after,
      Map<String, Instant> sent,
      Map<String, Long> seconds,
      Function<String, Long> id,
      Runnable action) {
    clock.setTo(sent.get(key).plusSeconds(after));
    action.run();
    Sending.sentBeforeAnswer(em, id.apply(key), after);
    seconds.put(key, after);
  }

  private void link(long id, String choice) {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("choice", choice)
        .post("/a/" + keys.tokens().issue(id, AnswerPurpose.ANSWER))
        .then()
        .statusCode(200);
  }

  private void oneClick(long id) {
    given()
        .contentType("application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .post("/u/" + keys.tokens().issue(id, AnswerPurpose.OPT_OUT))
        .then()
        .statusCode(200);
  }

  private static void outcome(Api user, long id, String outcome) {
    user.request()
        .body(Map.of("outcome", outcome))
        .post("/api/invitations/" + id + "/outcome")
        .then()
        .statusCode(200);
  }

  private JsonNode get(Api user, String path) throws Exception {
    return json.readTree(user.request().get(path).then().statusCode(200).extract().asString());
  }

  static String age(Spec s) {
    if (s.sentAt() == null) {
      return "NOT_SENT";
    }
    LocalDate day = s.sentAt().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate published = PUBLISHED.get(s.person());
    if (day.isBefore(published.plusMonths(1))) {
      return "UNDER_1_MONTH";
    }
    if (day.isBefore(published.plusMonths(3))) {
      return "MONTHS_1_TO_3";
    }
    if (day.isBefore(published.plusMonths(12))) {
      return "MONTHS_3_TO_12";
    }
    return "OVER_12_MONTHS";
  }

  /** The figures of a group, recounted from the specs. */
  static double[] recount(List<Spec> group) {
    long drafted = group.size();
    long approved =
        group.stream()
            .filter(s -> !s.state().equals("DRAFTED") && !s.state().equals("REJECTED"))
            .count();
    long sent = group.stream().filter(s -> s.sentAt() != null).count();
    Function<List<String>, Long> in =
        states -> group.stream().filter(s -> states.contains(s.state())).count();
    long accepted = in.apply(List.of("ACCEPTED", "MET"));
    long answered = in.apply(List.of("REPLIED", "ACCEPTED", "DECLINED", "OPTED_OUT", "MET"));
    List<Long> times =
        group.stream()
            .map(Spec::secondsToAnswer)
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    double median =
        times.isEmpty()
            ? Double.NaN
            : times.size() % 2 == 1
                ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2.0;
    return new double[] {
      drafted,
      approved,
      sent,
      accepted,
      in.apply(List.of("DECLINED")),
      in.apply(List.of("OPTED_OUT")),
      in.apply(List.of("BOUNCED")),
      in.apply(List.of("REPLIED")),
      in.apply(List.of("MET")),
      in.apply(List.of("NO_REPLY")),
      answered,
      sent == 0 ? Double.NaN : (double) accepted / sent,
      sent == 0 ? Double.NaN : (double) answered / sent,
      median
    };
  }

  static final String[] FIELDS = {
    "drafted",
    "approved",
    "sent",
    "accepted",
    "declined",
    "optedOut",
    "bounced",
    "replied",
    "met",
    "noReply",
    "answered",
    "acceptanceRate",
    "answerRate",
    "medianSecondsToAnswer"
  };

  static void assertFigures(JsonNode node, double... expected) {
    for (int i = 0; i < FIELDS.length; i++) {
      JsonNode value = node.get(FIELDS[i]);
      double actual = value == null || value.isNull() ? Double.NaN : value.asDouble();
      assertThat(Double.valueOf(actual))
          .as(FIELDS[i] + " of " + node)
          .isEqualTo(Double.valueOf(expected[i]));
    }
  }

  static void assertBreakdown(JsonNode rows, List<Spec> specs, Function<Spec, String> key) {
    Map<String, List<Spec>> groups =
        specs.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    assertThat(rows.findValuesAsText("key")).containsExactlyElementsOf(groups.keySet());
    for (JsonNode row : rows) {
      assertFigures(row, recount(groups.get(row.get("key").asText())));
    }
  }

  static void assertSeries(JsonNode rows, List<Spec> specs, Function<Spec, LocalDate> period) {
    Map<LocalDate, List<Spec>> groups =
        specs.stream()
            .filter(s -> s.sentAt() != null)
            .collect(Collectors.groupingBy(period, TreeMap::new, Collectors.toList()));
    assertThat(rows).hasSize(groups.size());
    int i = 0;
    for (Map.Entry<LocalDate, List<Spec>> group : groups.entrySet()) {
      JsonNode row = rows.get(i++);
      assertThat(row.get("start").asText()).isEqualTo(group.getKey().toString());
      double[] expected = recount(group.getValue());
      for (int f = 2; f < FIELDS.length; f++) {
        JsonNode value = row.get(FIELDS[f]);
        double actual = value == null || value.isNull() ? Double.NaN : value.asDouble();
        assertThat(Double.valueOf(actual))
            .as(FIELDS[f] + " on " + group.getKey())
            .isEqualTo(Double.valueOf(expected[f]));
      }
    }
  }
}
