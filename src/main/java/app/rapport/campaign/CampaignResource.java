package app.rapport.campaign;

import app.rapport.account.CurrentUser;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns")
@Authenticated
@Tag(name = "Campaigns")
public class CampaignResource {

  public record PauseInput(
      @Size(max = 500)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String reason) {}

  private final Campaigns campaigns;
  private final CurrentUser user;

  public CampaignResource(Campaigns campaigns, CurrentUser user) {
    this.campaigns = campaigns;
    this.user = user;
  }

  @GET
  public List<CampaignView> all() {
    return campaigns.all(user.id());
  }

  @POST
  @Operation(
      summary =
          "Create a campaign: intent, ask, minutes, topic, value offered, channel, templates, pace")
  public Response create(@Valid @NotNull CampaignInput body) {
    return Response.status(201).entity(campaigns.create(user.id(), body)).build();
  }

  @GET
  @Path("/{id}")
  public CampaignView get(@PathParam("id") long id) {
    return campaigns.get(user.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a campaign (a lower cap or a new window applies at once)")
  public CampaignView update(@PathParam("id") long id, @Valid @NotNull CampaignInput body) {
    return campaigns.update(user.id(), id, body);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a campaign and its invitations")
  public Response delete(@PathParam("id") long id) {
    campaigns.delete(user.id(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/start")
  @Operation(summary = "Start (or resume) sending approved invitations at the campaign's pace")
  public CampaignView start(@PathParam("id") long id) {
    return campaigns.start(user.id(), id);
  }

  @POST
  @Path("/{id}/resume")
  @Operation(summary = "Resume a paused campaign (e.g. after an automatic pause)")
  public CampaignView resume(@PathParam("id") long id) {
    return campaigns.start(user.id(), id);
  }

  @POST
  @Path("/{id}/pause")
  @Operation(summary = "Stop sending at once")
  public CampaignView pause(@PathParam("id") long id, @Valid PauseInput body) {
    return campaigns.pause(user.id(), id, body == null ? null : body.reason());
  }

  @POST
  @Path("/{id}/archive")
  public CampaignView archive(@PathParam("id") long id) {
    return campaigns.archive(user.id(), id);
  }
}
