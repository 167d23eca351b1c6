package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.campaign.CampaignView;
import app.rapport.campaign.Campaigns;
import app.rapport.draft.Review;
import app.rapport.draft.ReviewQueue;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.guard.Severity;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A campaign's review queue: its drafts, oldest first, each with its findings marked in the text,
 * the decisions open to it, and keyboard shortcuts; plus approving every clean draft at once.
 */
@Path("/campaigns/{campaignId}/review")
@Authenticated
public class ReviewPage {

  static final int PAGE_SIZE = 25;

  private final Campaigns campaigns;
  private final ReviewQueue queue;
  private final Review review;
  private final DraftCards cards;
  private final CurrentUser user;
  private final Pages pages;

  public ReviewPage(
      Campaigns campaigns,
      ReviewQueue queue,
      Review review,
      DraftCards cards,
      CurrentUser user,
      Pages pages) {
    this.campaigns = campaigns;
    this.queue = queue;
    this.review = review;
    this.cards = cards;
    this.user = user;
    this.pages = pages;
  }

  /** The tabs of the queue: drafts to review, approved ones, rejected ones. */
  private static final List<InvitationState> TABS =
      List.of(InvitationState.DRAFTED, InvitationState.APPROVED, InvitationState.REJECTED);

  @GET
  public Response queue(
      @PathParam("campaignId") long campaignId,
      @QueryParam("state") String state,
      @QueryParam("blocked") String blocked,
      @QueryParam("after") Long after,
      @QueryParam("approved") Integer approved,
      @QueryParam("left") Integer left) {
    CampaignView campaign = campaigns.get(user.id(), campaignId);
    InvitationState shown =
        TABS.stream()
            .filter(s -> s.name().equals(state))
            .findFirst()
            .orElse(InvitationState.DRAFTED);
    boolean onlyBlocked = blocked != null && shown == InvitationState.DRAFTED;
    ReviewQueue.Page page =
        queue.page(
            user.id(),
            new ReviewQueue.Filter(
                campaignId, shown, null, onlyBlocked ? Severity.BLOCK : null, null),
            after,
            PAGE_SIZE,
            true);
    List<Model> drafts = new ArrayList<>();
    page.items().forEach(item -> drafts.add(cards.card(user.id(), item)));
    Map<String, Long> counts = page.counts();
    List<Model> tabs = new ArrayList<>();
    for (InvitationState tab : TABS) {
      tabs.add(
          Model.of("state", tab.name())
              .with("label", tabLabel(tab))
              .with("count", counts.getOrDefault(tab.name(), 0L))
              .with("current", tab == shown && !onlyBlocked));
    }
    Model model =
        Model.of("campaign", campaign)
            .with("tabs", tabs)
            .with("drafts", drafts)
            .with("hasDrafts", !drafts.isEmpty())
            .with("reviewing", shown == InvitationState.DRAFTED)
            .with("onlyBlocked", onlyBlocked)
            .with("nextAfter", page.nextAfter())
            .with("state", shown.name())
            .with("bulk", bulkMessage(approved, left));
    return pages.page("review", "Review · " + campaign.name(), Section.CAMPAIGNS, model);
  }

  /** Approves every draft with no finding at all; the others stay for a look one by one. */
  @POST
  @Path("/approve-clean")
  public Response approveClean(@PathParam("campaignId") long campaignId) {
    Review.BulkResult result = review.approveAll(user.id(), campaignId, false, null, user.id());
    return Response.seeOther(
            URI.create(
                "/campaigns/"
                    + campaignId
                    + "/review?approved="
                    + result.approved()
                    + "&left="
                    + result.left().size()))
        .build();
  }

  private static String bulkMessage(Integer approved, Integer left) {
    if (approved == null) {
      return null;
    }
    String done = approved == 1 ? "Approved 1 draft" : "Approved " + approved + " drafts";
    return left == null || left == 0
        ? done + " with no findings."
        : done + " with no findings; " + left + " with findings are left for you to look at.";
  }

  private static String tabLabel(InvitationState state) {
    return switch (state) {
      case DRAFTED -> "To review";
      case APPROVED -> "Approved";
      default -> "Rejected";
    };
  }
}
