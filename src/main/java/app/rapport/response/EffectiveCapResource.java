package app.rapport.response;

import app.rapport.account.CurrentUser;
import app.rapport.pacing.EffectiveCap;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/effective-cap")
@Authenticated
@Tag(name = "Campaigns")
public class EffectiveCapResource {

  private final EffectiveCaps caps;
  private final CurrentUser user;

  public EffectiveCapResource(EffectiveCaps caps, CurrentUser user) {
    this.caps = caps;
    this.user = user;
  }

  @GET
  @Operation(
      summary =
          "The daily cap after the adaptive cap and your coffee capacity: {dailyCap,"
              + " effectiveCap, reasons[]}")
  public EffectiveCap get(@PathParam("id") long id) {
    return caps.explain(user.id(), id);
  }
}
