package app.rapport.dispatch;

import app.rapport.campaign.Campaigns;
import app.rapport.draft.Invitation;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The order approved invitations go out in: oldest approval first, unless the user puts some first.
 * The ids given go to the front, in the order given; the rest keep approval order.
 */
@ApplicationScoped
public class SendOrder {

  private final Campaigns campaigns;

  public SendOrder(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Transactional
  public List<Long> putFirst(long ownerId, long campaignId, List<Long> ids) {
    campaigns.owned(ownerId, campaignId);
    LinkedHashSet<Long> order = new LinkedHashSet<>(ids);
    long position = 1;
    for (Long id : order) {
      Invitation invitation =
          Invitation.<Invitation>find(
                  "id = ?1 and ownerId = ?2 and campaignId = ?3", id, ownerId, campaignId)
              .firstResultOptional()
              .orElseThrow(() -> new ApiError.NotFound("Invitation in this campaign", id));
      if (invitation.state != InvitationState.APPROVED) {
        throw new ApiError.Conflict(
            "Invitation "
                + id
                + " is "
                + invitation.state
                + "; only approved ones wait in the queue.");
      }
      invitation.queuePosition = position++;
    }
    Invitation.update(
        "queuePosition = null where campaignId = ?1 and ownerId = ?2 and state = ?3 and id not in ?4",
        campaignId,
        ownerId,
        InvitationState.APPROVED,
        List.copyOf(order));
    return Invitation.<Invitation>find(
            "campaignId = ?1 and state = ?2 order by queuePosition nulls last, approvedAt, id",
            campaignId,
            InvitationState.APPROVED)
        .page(0, 50)
        .list()
        .stream()
        .map(i -> i.id)
        .toList();
  }
}
