package app.rapport.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.response.AnswerKeys;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.support.Api;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import app.rapport.vocabulary.Channel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters at /q/metrics: bounded labels, counts that move, and a valid exposition. */
@QuarkusTest
class PrometheusMetricsTest {

  static final Map<String, java.util.Set<String>> ALLOWED_LABELS =
      Map.of(
          "channel", java.util.Set.of("email", "manual"),
          "source", OutcomeMeters.SOURCES,
          "outcome",
              java.util.Set.of(
                  "sent",
                  "failed",
                  "bounced",
                  "unknown",
                  "retry",
                  "skipped",
                  "suppressed",
                  "other",
                  "accepted",
                  "declined",
                  "opted_out",
                  "replied",
                  "met",
                  "no_reply"));

  @Inject DispatchMeters dispatch;
  @Inject AnswerKeys keys;
  @Inject EntityManager em;
  @Inject Clock clock;

  private static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  @Test
  void dispatch_and_answer_meters_count_with_bounded_labels_only() {
    PrometheusText before = PrometheusText.parse(scrape());
    Map<String, String> email = Map.of("channel", "email");
    double sentBefore = before.value("rapport_dispatch_sends_total", email);
    assertThat(sentBefore).isNotNaN();

    dispatch.sent(Channel.EMAIL);
    dispatch.sent(Channel.EMAIL);
    dispatch.outcome(Channel.EMAIL, "bounced");
    dispatch.outcome(Channel.MANUAL, "user 42 <x@example.com>");
    dispatch.tickDuration(Duration.ofMillis(250));
    dispatch.quotaUsed(Channel.EMAIL, 7, 30);

    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    long id = Scenario.firstInvitationId(user, campaign);
    Sending.markSent(em, id, clock.instant().minus(Duration.ofHours(1)));
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("choice", "accept")
        .post("/a/" + keys.tokens().issue(id, AnswerPurpose.ANSWER))
        .then()
        .statusCode(200);

    PrometheusText after = PrometheusText.parse(scrape());
    assertThat(after.problems).isEmpty();
    assertThat(after.value("rapport_dispatch_sends_total", email)).isEqualTo(sentBefore + 2);
    assertThat(
            after.value(
                "rapport_dispatch_outcomes_total", Map.of("channel", "manual", "outcome", "other")))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.value("rapport_dispatch_quota_used", email)).isEqualTo(7);
    assertThat(after.value("rapport_dispatch_quota_cap", email)).isEqualTo(30);
    assertThat(after.value("rapport_dispatch_tick_seconds_count", Map.of()))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            after.value(
                "rapport_invitation_outcomes_total",
                Map.of("channel", "email", "outcome", "accepted", "source", "link")))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.types).containsEntry("rapport_dispatch_quota_used", "gauge");

    for (PrometheusText.Sample sample : after.samples) {
      if (!sample.name().startsWith("rapport_")) {
        continue;
      }
      sample
          .labels()
          .forEach(
              (label, value) -> {
                assertThat(ALLOWED_LABELS).as(sample.toString()).containsKey(label);
                assertThat(ALLOWED_LABELS.get(label)).as(sample.toString()).contains(value);
              });
    }
  }

  @Test
  void the_exposition_passes_promtool_or_the_strict_reader() throws Exception {
    dispatch.sent(Channel.MANUAL);
    String text = scrape();
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "q-metrics.txt"), text);
    PrometheusText parsed = PrometheusText.parse(text);
    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.samples).isNotEmpty();
    File promtool = promtool();
    if (promtool != null) {
      Process process =
          new ProcessBuilder(promtool.getPath(), "check", "metrics")
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      // 0: clean; 3: parsed, with lint remarks; 1: the text does not parse
      assertThat(process.exitValue()).as(output).isIn(0, 3);
      for (String remark : output.split("\n")) {
        if (remark.startsWith("rapport_")) {
          // promtool 2.42 reads "# TYPE x counter" + "x_total" samples (how the Prometheus client
          // writes counters) as two families, the second without help; the help is on the first
          String family = remark.substring(0, remark.indexOf(' ')).replaceFirst("_total$", "");
          assertThat(remark).as(output).endsWith(" no help text");
          assertThat(parsed.types).as(remark).containsEntry(family, "counter");
          assertThat(text).as(remark).containsPattern("# HELP " + family + " \\S");
        }
      }
    }
  }

  private static File promtool() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, "promtool");
      if (candidate.canExecute()) {
        return candidate;
      }
    }
    return null;
  }
}
