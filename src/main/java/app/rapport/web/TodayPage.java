package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.campaign.Campaign;
import app.rapport.campaign.CampaignView;
import app.rapport.campaign.Campaigns;
import app.rapport.dispatch.Resolution;
import app.rapport.dispatch.Schedule;
import app.rapport.dispatch.Tasks;
import app.rapport.draft.InvitationView;
import app.rapport.draft.ReviewQueue;
import app.rapport.draft.lifecycle.InvitationState;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Today: each campaign's slots on a timeline, the manual tasks to do by hand, the invitations whose
 * sending is in doubt, and the switch to pause or resume. Every button posts a form (with the form
 * token) and comes back here, so the page works without JavaScript; the script only copies text.
 */
@Path("/today")
@Authenticated
public class TodayPage {

  private static final int UNKNOWN_SHOWN = 50;

  private final Campaigns campaigns;
  private final Schedule schedule;
  private final Tasks tasks;
  private final Resolution resolution;
  private final ReviewQueue queue;
  private final CurrentUser user;
  private final Pages pages;

  public TodayPage(
      Campaigns campaigns,
      Schedule schedule,
      Tasks tasks,
      Resolution resolution,
      ReviewQueue queue,
      CurrentUser user,
      Pages pages) {
    this.campaigns = campaigns;
    this.schedule = schedule;
    this.tasks = tasks;
    this.resolution = resolution;
    this.queue = queue;
    this.user = user;
    this.pages = pages;
  }

  @GET
  public Response all() {
    List<Model> days =
        campaigns.all(user.id()).stream()
            .filter(c -> c.status() != Campaign.Status.ARCHIVED)
            .map(c -> TodayModels.day(c.name(), schedule.today(user.id(), c.id())))
            .toList();
    return page("Today", null, days, tasks.today(user.id()), unknown(null));
  }

  @GET
  @Path("/{campaignId}")
  public Response one(@PathParam("campaignId") long campaignId) {
    CampaignView campaign = campaigns.get(user.id(), campaignId);
    Model day = TodayModels.day(campaign.name(), schedule.today(user.id(), campaignId));
    List<Tasks.Task> own =
        tasks.today(user.id()).stream().filter(t -> t.campaignId() == campaignId).toList();
    return page("Today · " + campaign.name(), campaignId, List.of(day), own, unknown(campaignId));
  }

  @POST
  @Path("/tasks/{id}/done")
  public Response done(@PathParam("id") long id, @RestForm String back) {
    tasks.done(user.id(), id, user.id());
    return back(back);
  }

  @POST
  @Path("/tasks/{id}/skip")
  public Response skip(@PathParam("id") long id, @RestForm String back) {
    tasks.skip(user.id(), id, user.id());
    return back(back);
  }

  @POST
  @Path("/tasks/{id}/withdrawn")
  public Response withdrawn(@PathParam("id") long id, @RestForm String back) {
    tasks.withdrawn(user.id(), id, user.id());
    return back(back);
  }

  @POST
  @Path("/invitations/{id}/mark-sent")
  public Response markSent(@PathParam("id") long id, @RestForm String back) {
    resolution.markSent(user.id(), id, user.id());
    return back(back);
  }

  @POST
  @Path("/invitations/{id}/send-again")
  public Response sendAgain(@PathParam("id") long id, @RestForm String back) {
    resolution.sendAgain(user.id(), id, user.id());
    return back(back);
  }

  @POST
  @Path("/campaigns/{id}/pause")
  public Response pause(@PathParam("id") long id, @RestForm String back) {
    campaigns.pause(user.id(), id, null);
    return back(back);
  }

  @POST
  @Path("/campaigns/{id}/start")
  public Response start(@PathParam("id") long id, @RestForm String back) {
    campaigns.start(user.id(), id);
    return back(back);
  }

  private List<InvitationView> unknown(Long campaignId) {
    return queue
        .page(
            user.id(),
            new ReviewQueue.Filter(campaignId, InvitationState.UNKNOWN, null, null, null),
            null,
            UNKNOWN_SHOWN,
            false)
        .items();
  }

  private Response page(
      String title,
      Long campaignId,
      List<Model> days,
      List<Tasks.Task> todo,
      List<InvitationView> unknown) {
    String back = campaignId == null ? "" : String.valueOf(campaignId);
    List<Model> taskRows = todo.stream().map(TodayModels::task).toList();
    List<Model> unknownRows = unknown.stream().map(TodayModels::unknown).toList();
    return pages.page(
        "today",
        title,
        Section.TODAY,
        Model.of("days", days)
            .with("hasDays", !days.isEmpty())
            .with("tasks", taskRows)
            .with("hasTasks", !taskRows.isEmpty())
            .with("unknown", unknownRows)
            .with("hasUnknown", !unknownRows.isEmpty())
            .with("back", back)
            .with("single", campaignId != null));
  }

  /** Back to the page the form came from: one campaign's day, or the whole of today. */
  private static Response back(String back) {
    Long campaign = CampaignsPage.parseId(back);
    return Response.seeOther(URI.create(campaign == null ? "/today" : "/today/" + campaign))
        .build();
  }
}
