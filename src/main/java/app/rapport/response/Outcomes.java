package app.rapport.response;

import app.rapport.contact.Contact;
import app.rapport.contact.Suppression;
import app.rapport.contact.Suppressions;
import app.rapport.draft.Invitation;
import app.rapport.draft.InvitationView;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.metrics.OutcomeMeters;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Outcomes the user records by hand — for the manual channel, or for an answer that came by another
 * way. They follow the same rule as the links (last answer wins, opt-out is final); a move the
 * lifecycle does not allow is a 409 naming the allowed events.
 */
@ApplicationScoped
public class Outcomes {

  private final AnswerLedger ledger;
  private final Transitions transitions;
  private final Suppressions suppressions;
  private final OutcomeMeters meters;
  private final CampaignHealth health;

  public Outcomes(
      AnswerLedger ledger,
      Transitions transitions,
      Suppressions suppressions,
      OutcomeMeters meters,
      CampaignHealth health) {
    this.ledger = ledger;
    this.transitions = transitions;
    this.suppressions = suppressions;
    this.meters = meters;
    this.health = health;
  }

  @Transactional
  public InvitationView record(
      long ownerId, long invitationId, Outcome outcome, String note, long actorId) {
    Invitation invitation = ledger.locked(invitationId);
    if (invitation == null || !invitation.ownerId.equals(ownerId)) {
      throw new ApiError.NotFound("Invitation", invitationId);
    }
    String actor = "user:" + actorId;
    String reason = note == null || note.isBlank() ? null : note.strip();
    switch (outcome) {
      case ACCEPTED -> answer(invitation, AnswerChoice.ACCEPT, actor, reason);
      case DECLINED -> answer(invitation, AnswerChoice.DECLINE, actor, reason);
      case REPLIED -> answer(invitation, AnswerChoice.REPLY, actor, reason);
      case OPTED_OUT -> {
        answer(invitation, AnswerChoice.OPT_OUT, actor, reason);
        Contact recipient = Contact.findById(invitation.recipientId);
        if (recipient != null) {
          suppressions.suppressContact(ownerId, recipient, Suppression.Reason.OPTED_OUT);
        }
      }
      case MET -> meet(invitation, actor, reason);
    }
    return InvitationView.of(invitation);
  }

  private void answer(Invitation invitation, AnswerChoice choice, String actor, String note) {
    if (ledger.record(invitation, choice, AnswerSource.USER, actor, note)
        == AnswerLedger.Result.REFUSED) {
      // let the lifecycle say what is allowed, as every other transition does (409)
      transitions.apply(invitation, choice.event(), actor, note);
    }
  }

  /** MET after an acceptance or a reply; on a sent invitation it records the acceptance first. */
  private void meet(Invitation invitation, String actor, String note) {
    if (!InvitationLifecycle.allows(invitation.state, InvitationEvent.MEET)
        && InvitationLifecycle.allows(invitation.state, InvitationEvent.ACCEPT)) {
      ledger.record(invitation, AnswerChoice.ACCEPT, AnswerSource.USER, actor, note);
    }
    if (transitions.apply(invitation, InvitationEvent.MEET, actor, note)) {
      meters.outcome(invitation.channel, InvitationState.MET, AnswerSource.USER.name());
      health.evaluate(invitation.campaignId);
    }
  }
}
