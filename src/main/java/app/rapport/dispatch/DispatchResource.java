package app.rapport.dispatch;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{campaignId}/schedule")
@Authenticated
@Tag(name = "Dispatch")
public class DispatchResource {

  public record OrderInput(@NotEmpty @Size(max = 1000) List<@NotNull Long> first) {}

  private final Schedule schedule;
  private final SendOrder sendOrder;
  private final CurrentUser user;

  public DispatchResource(Schedule schedule, SendOrder sendOrder, CurrentUser user) {
    this.schedule = schedule;
    this.sendOrder = sendOrder;
    this.user = user;
  }

  @PUT
  @Path("/order")
  @Operation(
      summary =
          "Send these approved invitations first, in this order (the rest keep approval order)")
  public List<Long> order(
      @PathParam("campaignId") long campaignId, @Valid @NotNull OrderInput body) {
    return sendOrder.putFirst(user.id(), campaignId, body.first());
  }

  @GET
  @Operation(
      summary =
          "Today's slots, what was sent, what goes next, the cap and what is left, and the next days")
  public Schedule.View today(@PathParam("campaignId") long campaignId) {
    return schedule.today(user.id(), campaignId);
  }
}
