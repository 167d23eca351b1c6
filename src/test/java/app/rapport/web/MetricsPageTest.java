package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsPageTest {

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
