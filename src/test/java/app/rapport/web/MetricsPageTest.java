package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsPageTest {

  @Inject EntityManager em;

  @Test
  void the_funnel_counts_the_drafts_and_the_table_lists_the_campaign() {
    Drafted d = Drafted.create();
    WebSession session = WebSession.signIn(d.user());
    String page =
        session
            .get("/metrics")
            .then()
            .statusCode(200)
            .body(containsString("href=\"/metrics\" aria-current=\"page\""))
            .body(containsString("<dt>Drafted</dt>"))
            .body(containsString("value=\"" + d.drafts().size() + "\""))
            .body(containsString("<dt>Met</dt>"))
            .body(containsString("href=\"/campaigns/" + d.campaign() + "\""))
            .body(containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"))
            .body(containsString("/assets/metrics.js"))
            .extract()
            .asString();
    assertThat(page).contains("data-chart=\"{&quot;type&quot;:&quot;line&quot;");
    assertThat(page).doesNotContain("<script>");
  }

  @Test
  void after_a_change_the_page_shows_the_kept_figures_marked_then_the_new_ones() {
    Drafted d = Drafted.create();
    WebSession session = WebSession.signIn(d.user());
    int drafts = d.drafts().size();
    String before = session.get("/metrics").then().statusCode(200).extract().asString();
    assertThat(before)
        .contains(drafted(drafts))
        .contains("Figures as of ")
        .doesNotContain(OUTDATED);

    Sending.update(
        em,
        "delete from invitation where id = ?1",
        ((Number) d.drafts().getFirst().get("id")).longValue());

    String outdated = session.get("/metrics").then().statusCode(200).extract().asString();
    assertThat(outdated).contains(drafted(drafts)).contains(OUTDATED);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(session.get("/metrics").then().statusCode(200).extract().asString())
                    .contains(drafted(drafts - 1))
                    .doesNotContain(OUTDATED));
  }

  private static final String OUTDATED = "newer figures are being computed";

  private static String drafted(int count) {
    return "<dt>Drafted</dt><dd><meter min=\"0\" max=\"" + count + "\" value=\"" + count + "\"";
  }

  @Test
  void the_csv_export_link_downloads_the_table_with_the_session() {
    Drafted d = Drafted.create();
    WebSession session = WebSession.signIn(d.user());
    session.get("/metrics").then().body(containsString("href=\"/api/metrics.csv?zone=UTC\""));
    String csv =
        session.get("/api/metrics.csv?zone=UTC").then().statusCode(200).extract().asString();
    assertThat(csv).contains(String.valueOf(d.campaign()));
  }

  @Test
  void the_chart_library_is_served_by_the_service() {
    WebSession.anonymous()
        .get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")
        .then()
        .statusCode(200);
    WebSession.anonymous().get("/assets/metrics.js").then().statusCode(200);
  }

  @Test
  void a_hostile_campaign_name_is_escaped_in_the_table_and_the_chart_data() {
    Api user = Api.newUser();
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("name", "<img src=x onerror=alert(1)>");
    long campaign = Scenario.campaign(user, body);
    Scenario.draft(user, campaign, Scenario.list(user, Drafted.PEOPLE));
    WebSession session = WebSession.signIn(user);
    session
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(not(containsString("<img src=x")))
        .body(containsString("&lt;img src&#61;x onerror&#61;alert(1)&gt;"));
  }

  @Test
  void a_signed_out_visitor_is_sent_to_sign_in() {
    var answer = WebSession.anonymous().get("/metrics");
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).endsWith("/login");
  }
}
