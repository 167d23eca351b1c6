package app.rapport.response;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/safeguards")
@Authenticated
@Tag(name = "Campaigns")
public class SafeguardResource {

  public record SafeguardInput(
      @Min(5) @Max(1000) Integer window,
      @DecimalMin("0") @DecimalMax("1") Double maxBounceRate,
      @DecimalMin("0") @DecimalMax("1") Double maxOptOutRate,
      @DecimalMin("0") @DecimalMax("1") Double minAcceptanceRate,
      @DecimalMin("0") @DecimalMax("1") Double slowdownAcceptanceRate) {}

  private final CampaignSafeguards safeguards;
  private final CurrentUser user;

  public SafeguardResource(CampaignSafeguards safeguards, CurrentUser user) {
    this.safeguards = safeguards;
    this.user = user;
  }

  @GET
  @Operation(summary = "Auto-pause thresholds, the adaptive-cap level, and the current window")
  public CampaignSafeguards.View get(@PathParam("id") long id) {
    return safeguards.get(user.id(), id);
  }

  @PUT
  @Operation(summary = "Change the safeguards (omitted fields keep their value)")
  public CampaignSafeguards.View update(
      @PathParam("id") long id, @Valid @NotNull SafeguardInput body) {
    return safeguards.update(
        user.id(),
        id,
        new CampaignSafeguards.Change(
            body.window(),
            body.maxBounceRate(),
            body.maxOptOutRate(),
            body.minAcceptanceRate(),
            body.slowdownAcceptanceRate()));
  }
}
