package app.rapport.dispatch;

import app.rapport.account.CurrentUser;
import app.rapport.draft.InvitationView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invitations/{id}/delivery")
@Authenticated
@Tag(name = "Dispatch")
public class ResolutionResource {

  private final Resolution resolution;
  private final CurrentUser user;

  public ResolutionResource(Resolution resolution, CurrentUser user) {
    this.resolution = resolution;
    this.user = user;
  }

  @POST
  @Path("/mark-sent")
  @Operation(summary = "An invitation in UNKNOWN did go out: record it as sent")
  public InvitationView markSent(@PathParam("id") long id) {
    return resolution.markSent(user.id(), id, user.id());
  }

  @POST
  @Path("/send-again")
  @Operation(
      summary = "An invitation in UNKNOWN or FAILED: put it back in the queue (same Message-ID)")
  public InvitationView sendAgain(@PathParam("id") long id) {
    return resolution.sendAgain(user.id(), id, user.id());
  }
}
