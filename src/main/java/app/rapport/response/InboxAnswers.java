package app.rapport.response;

import app.rapport.draft.Invitation;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationState;
import jakarta.enterprise.context.ApplicationScoped;

/** Replies found in the inbox, recorded through the same ledger as every other answer. */
@ApplicationScoped
public class InboxAnswers {

  private final AnswerLedger ledger;
  private final Transitions transitions;

  public InboxAnswers(AnswerLedger ledger, Transitions transitions) {
    this.ledger = ledger;
    this.transitions = transitions;
  }

  /**
   * A reply to {@code invitation}: REPLIED when it was waiting (sent, no reply yet, unknown), a
   * no-op when already REPLIED; after an answer it only adds an audit line. True when the state
   * moved.
   */
  public boolean reply(Invitation invitation, String actor) {
    AnswerLedger.Result result =
        ledger.record(invitation, AnswerChoice.REPLY, AnswerSource.MAIL, actor, "reply by mail");
    if (result == AnswerLedger.Result.REFUSED && invitation.state != InvitationState.REPLIED) {
      transitions.note(invitation, "REPLY_RECEIVED", actor, "reply by mail");
    }
    return result == AnswerLedger.Result.RECORDED;
  }
}
