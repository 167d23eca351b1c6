package app.rapport.metrics;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/metrics.csv")
@Authenticated
@Tag(name = "Metrics")
public class MetricsCsvResource {

  private final AcceptanceMetrics metrics;
  private final CurrentUser user;

  public MetricsCsvResource(AcceptanceMetrics metrics, CurrentUser user) {
    this.metrics = metrics;
    this.user = user;
  }

  @GET
  @Produces("text/csv")
  @Operation(summary = "The per-campaign metrics table as CSV (formula-injection safe)")
  public Response csv(@QueryParam("zone") String zone) {
    List<MetricsReport.Row> rows = metrics.campaignTable(user.id(), AcceptanceMetrics.zone(zone));
    StreamingOutput body = out -> MetricsCsv.write(rows, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"rapport-metrics.csv\"")
        .build();
  }
}
