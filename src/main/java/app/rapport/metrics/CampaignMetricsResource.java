package app.rapport.metrics;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/metrics")
@Authenticated
@Tag(name = "Metrics")
public class CampaignMetricsResource {

  private final AcceptanceMetrics metrics;
  private final CurrentUser user;

  public CampaignMetricsResource(AcceptanceMetrics metrics, CurrentUser user) {
    this.metrics = metrics;
    this.user = user;
  }

  @GET
  @Operation(summary = "Acceptance metrics of one campaign (same shape as /api/metrics)")
  public AcceptanceMetrics.Served get(
      @PathParam("id") long id,
      @QueryParam("zone") String zone,
      @Parameter(description = MetricsResource.MAX_AGE) @QueryParam("maxAge") String maxAge) {
    return metrics.forCampaign(
        user.id(),
        id,
        AcceptanceMetrics.zone(zone),
        AcceptanceMetrics.maxAge(maxAge, Duration.ZERO));
  }
}
