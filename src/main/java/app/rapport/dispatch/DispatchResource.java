package app.rapport.dispatch;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{campaignId}/schedule")
@Authenticated
@Tag(name = "Dispatch")
public class DispatchResource {

  private final Schedule schedule;
  private final CurrentUser user;

  public DispatchResource(Schedule schedule, CurrentUser user) {
    this.schedule = schedule;
    this.user = user;
  }

  @GET
  @Operation(
      summary =
          "Today's slots, what was sent, what goes next, the cap and what is left, and the next days")
  public Schedule.View today(@PathParam("campaignId") long campaignId) {
    return schedule.today(user.id(), campaignId);
  }
}
