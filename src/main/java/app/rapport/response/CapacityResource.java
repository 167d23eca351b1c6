package app.rapport.response;

import app.rapport.account.CurrentUser;
import app.rapport.pacing.Capacity;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many coffees a week you can hold; accepted invitations not yet met count against it. */
@Path("/api/capacity")
@Authenticated
@Tag(name = "Pacing")
public class CapacityResource {

  /** coffeesPerWeek null = no limit. */
  public record CapacityInput(@Min(0) @Max(100) Integer coffeesPerWeek) {}

  private final EffectiveCaps caps;
  private final CurrentUser user;

  public CapacityResource(EffectiveCaps caps, CurrentUser user) {
    this.caps = caps;
    this.user = user;
  }

  @GET
  @Operation(summary = "Your coffees per week and the accepted invitations waiting for a meeting")
  public Capacity get() {
    return caps.capacity(user.id());
  }

  @PUT
  @Operation(summary = "Set your coffees per week (null: no limit)")
  public Capacity set(@Valid @NotNull CapacityInput body) {
    return caps.setCapacity(user.id(), body.coffeesPerWeek());
  }
}
