package app.rapport.draft;

import app.rapport.draft.lifecycle.IllegalTransition;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Moves an invitation through its life and writes the audit trail in the same transaction: no state
 * change without its line in {@code invitation_event}.
 */
@ApplicationScoped
public class Transitions {

  private final Clock clock;

  public Transitions(Clock clock) {
    this.clock = clock;
  }

  /**
   * Applies {@code event}; an illegal one is a 409 problem naming the current state and the allowed
   * events. Returns false when the event repeats the current state (nothing recorded).
   */
  public boolean apply(Invitation invitation, InvitationEvent event, String actor, String reason) {
    InvitationState from = invitation.state;
    InvitationState to;
    try {
      to = InvitationLifecycle.next(from, event);
    } catch (IllegalTransition e) {
      throw new ApiError.Conflict(
          e.getMessage(), Map.of("currentState", from.name(), "allowedEvents", e.allowed()));
    }
    if (InvitationLifecycle.isRepeat(from, event)) {
      return false;
    }
    invitation.state = to;
    invitation.updatedAt = clock.instant();
    record(invitation, event.name(), from, to, actor, reason);
    return true;
  }

  /** Records a change that is not a state move (an edit of a draft, a re-check). */
  public void note(Invitation invitation, String what, String actor, String reason) {
    record(invitation, what, invitation.state, invitation.state, actor, reason);
  }

  private void record(
      Invitation invitation,
      String what,
      InvitationState from,
      InvitationState to,
      String actor,
      String reason) {
    AuditEntry line = new AuditEntry();
    line.ownerId = invitation.ownerId;
    line.invitationId = invitation.id;
    line.campaignId = invitation.campaignId;
    line.actor = actor;
    line.event = what;
    line.fromState = from == null ? null : from.name();
    line.toState = to.name();
    line.reason = reason;
    line.at = clock.instant();
    line.persist();
  }
}
