package app.rapport.dispatch;

import app.rapport.contact.Suppressions;
import app.rapport.draft.Invitation;
import app.rapport.draft.InvitationView;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The user's answer to an invitation whose outcome is unknown (or that failed): it did go (mark
 * sent), or send it again — with the same Message-ID, so a receiving server that has it already can
 * tell.
 */
@ApplicationScoped
public class Resolution {

  private final EntityManager em;
  private final Transitions transitions;
  private final Clock clock;
  private final Suppressions suppressions;

  public Resolution(
      EntityManager em, Transitions transitions, Clock clock, Suppressions suppressions) {
    this.suppressions = suppressions;
    this.em = em;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Transactional
  public InvitationView markSent(long ownerId, long id, long actorId) {
    Invitation invitation = locked(ownerId, id);
    if (transitions.apply(
        invitation, InvitationEvent.MARK_SENT, "user:" + actorId, "resolved: it was sent")) {
      invitation.sentAt = invitation.claimedAt != null ? invitation.claimedAt : clock.instant();
    }
    return InvitationView.of(invitation);
  }

  @Transactional
  public InvitationView sendAgain(long ownerId, long id, long actorId) {
    Invitation invitation = locked(ownerId, id);
    suppressions.requireNotSuppressed(
        invitation.recipientId, "This invitation cannot be sent again");
    if (transitions.apply(
        invitation, InvitationEvent.SEND_AGAIN, "user:" + actorId, "resolved: send again")) {
      invitation.nextAttemptAt = null;
      invitation.attempts = 0;
    }
    return InvitationView.of(invitation);
  }

  private Invitation locked(long ownerId, long id) {
    Invitation invitation = em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (invitation == null || !invitation.ownerId.equals(ownerId)) {
      throw new ApiError.NotFound("Invitation", id);
    }
    return invitation;
  }
}
