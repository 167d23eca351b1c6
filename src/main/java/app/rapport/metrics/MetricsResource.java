package app.rapport.metrics;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/metrics")
@Authenticated
@Tag(name = "Metrics")
public class MetricsResource {

  static final String MAX_AGE =
      "Seconds: after a change, answer at once with figures computed up to this long ago (marked"
          + " upToDate: false) while new ones are computed. 0 (the default): always exact.";

  private final AcceptanceMetrics metrics;
  private final CurrentUser user;

  public MetricsResource(AcceptanceMetrics metrics, CurrentUser user) {
    this.metrics = metrics;
    this.user = user;
  }

  @GET
  @Operation(
      summary =
          "Acceptance metrics over all your campaigns: totals, breakdowns (campaign, template,"
              + " context type and age, relationship, channel), daily and weekly series in zone")
  public AcceptanceMetrics.Served all(
      @QueryParam("zone") String zone,
      @Parameter(description = MAX_AGE) @QueryParam("maxAge") String maxAge) {
    return metrics.forOwner(
        user.id(), AcceptanceMetrics.zone(zone), AcceptanceMetrics.maxAge(maxAge, Duration.ZERO));
  }
}
