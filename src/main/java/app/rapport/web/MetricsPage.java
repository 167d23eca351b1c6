package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.metrics.AcceptanceMetrics;
import app.rapport.metrics.Figures;
import app.rapport.metrics.MetricsReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Metrics: acceptance over time and by template variant and context type (charts drawn by Chart.js
 * from JSON in {@code data-chart} attributes, since the policy allows no inline script), the funnel
 * from drafted to met, a table per campaign, and the CSV export.
 */
@Path("/metrics")
@Authenticated
public class MetricsPage {

  private final AcceptanceMetrics metrics;
  private final ObjectMapper json;
  private final CurrentUser user;
  private final Pages pages;
  private final Duration maxAge;

  public MetricsPage(
      AcceptanceMetrics metrics,
      ObjectMapper json,
      CurrentUser user,
      Pages pages,
      @ConfigProperty(name = "rapport.metrics.page-max-age", defaultValue = "PT10M")
          Duration maxAge) {
    this.metrics = metrics;
    this.maxAge = maxAge;
    this.json = json;
    this.user = user;
    this.pages = pages;
  }

  @GET
  public Response show(@QueryParam("zone") String zone) {
    ZoneId in = AcceptanceMetrics.zone(zone);
    MetricsReport report = metrics.forOwner(user.id(), in, maxAge).report();
    Figures totals = report.totals();
    List<Model> campaigns = report.byCampaign().stream().map(MetricsPage::row).toList();
    return pages.page(
        "metrics",
        "Metrics",
        Section.METRICS,
        Model.of("zone", report.zone())
            .with("asOf", AS_OF.withZone(in).format(report.asOf()))
            .with("outdated", !report.upToDate())
            .with("totals", totals)
            .with("rate", percent(totals.acceptanceRate()))
            .with("funnel", funnel(totals))
            .with("campaigns", campaigns)
            .with("hasCampaigns", !campaigns.isEmpty())
            .with("hasSent", totals.sent() > 0)
            .with("overTime", chart(overTime(report.daily())))
            .with("byTemplate", chart(bars(report.byTemplate())))
            .with("byContext", chart(bars(report.byContextType()))));
  }

  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Each stage with its count and its share of the drafts, for a bar that needs no style. */
  static List<Model> funnel(Figures f) {
    long[] counts = {f.drafted(), f.approved(), f.sent(), f.accepted(), f.met()};
    String[] names = {"Drafted", "Approved", "Sent", "Accepted", "Met"};
    List<Model> stages = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      stages.add(
          Model.of("label", names[i])
              .with("count", counts[i])
              .with("max", Math.max(1, f.drafted())));
    }
    return stages;
  }

  private static Model row(MetricsReport.Row r) {
    Figures f = r.figures();
    return Model.of("key", r.key())
        .with("label", r.label())
        .with("drafted", f.drafted())
        .with("approved", f.approved())
        .with("sent", f.sent())
        .with("accepted", f.accepted())
        .with("declined", f.declined())
        .with("met", f.met())
        .with("rate", percent(f.acceptanceRate()));
  }

  private static Map<String, Object> overTime(List<MetricsReport.Period> daily) {
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (MetricsReport.Period p : daily) {
      labels.add(p.start().toString());
      rates.add(rate(p.acceptanceRate()));
    }
    return chartData("line", labels, rates);
  }

  private static Map<String, Object> bars(List<MetricsReport.Row> rows) {
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (MetricsReport.Row r : rows) {
      labels.add(r.label() == null ? r.key() : r.label());
      rates.add(rate(r.figures().acceptanceRate()));
    }
    return chartData("bar", labels, rates);
  }

  private static Map<String, Object> chartData(String type, List<String> labels, List<Double> v) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", type);
    data.put("labels", labels);
    data.put("values", v);
    return data;
  }

  /** Serialised for an attribute; mustache escapes it, the browser unescapes it. */
  private String chart(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Double rate(Double fraction) {
    return fraction == null ? null : Math.round(fraction * 1000) / 10.0;
  }

  static String percent(Double fraction) {
    return fraction == null ? "–" : rate(fraction) + " %";
  }
}
