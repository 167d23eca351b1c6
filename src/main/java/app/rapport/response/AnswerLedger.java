package app.rapport.response;

import app.rapport.draft.Invitation;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.metrics.OutcomeMeters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records answers, whoever brings them (the recipient's link, the user, the reply inbox), under one
 * rule: <b>the last answer wins, and opt-out is final</b>.
 *
 * <ul>
 *   <li>The same answer again is a no-op: no row, no audit line (a link clicked five times is one
 *       answer).
 *   <li>A different answer replaces the current one (accept ↔ decline, a classified reply), keeps
 *       the one it replaced in {@code previous_choice}, counts the change, and adds an audit line.
 *   <li>Nothing replaces an opt-out; an opt-out replaces anything.
 *   <li>A "yes" after the coffee took place changes nothing.
 * </ul>
 *
 * The caller holds the invitation's row lock ({@link #locked}), so concurrent clicks serialise.
 */
@ApplicationScoped
class AnswerLedger {

  /** What recording an answer did. */
  enum Result {
    /** The invitation moved and the answer row was written. */
    RECORDED,
    /** The same answer was already recorded: nothing written. */
    REPEATED,
    /** The lifecycle does not allow this answer now (e.g. after an opt-out): nothing written. */
    REFUSED
  }

  private final EntityManager em;
  private final Transitions transitions;
  private final Clock clock;
  private final OutcomeMeters meters;
  private final CampaignHealth health;

  AnswerLedger(
      EntityManager em,
      Transitions transitions,
      Clock clock,
      OutcomeMeters meters,
      CampaignHealth health) {
    this.em = em;
    this.transitions = transitions;
    this.clock = clock;
    this.meters = meters;
    this.health = health;
  }

  /**
   * The invitation with its row locked until the transaction ends, or null; its state read again
   * under the lock. (Locking an entity this transaction already loaded, as the link check does,
   * would instead compare versions and fail with an optimistic-lock error when a concurrent click
   * changed it meanwhile: a double-clicked answer answered 500.)
   */
  Invitation locked(long invitationId) {
    Invitation invitation = em.find(Invitation.class, invitationId);
    if (invitation != null) {
      em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
    }
    return invitation;
  }

  /** True when {@code choice} would be recorded or repeated rather than refused. */
  static boolean accepts(InvitationState state, AnswerChoice choice) {
    return (choice == AnswerChoice.ACCEPT && state == InvitationState.MET)
        || InvitationLifecycle.allows(state, choice.event());
  }

  Result record(
      Invitation invitation, AnswerChoice choice, AnswerSource source, String actor, String note) {
    InvitationState from = invitation.state;
    if (choice == AnswerChoice.ACCEPT && from == InvitationState.MET) {
      return Result.REPEATED;
    }
    if (!InvitationLifecycle.allows(from, choice.event())) {
      return Result.REFUSED;
    }
    if (InvitationLifecycle.isRepeat(from, choice.event())) {
      return Result.REPEATED;
    }
    Instant now = clock.instant();
    if (from == InvitationState.UNKNOWN && invitation.sentAt == null) {
      // an answer proves the message went out: date it as well as we can
      invitation.sentAt = attemptTime(invitation.id, now);
    }
    transitions.apply(invitation, choice.event(), actor, note);
    write(invitation, choice, source, note, now);
    meters.outcome(invitation.channel, invitation.state, source.name());
    health.evaluate(invitation.campaignId);
    return Result.RECORDED;
  }

  /** Upserts the one answer row of the invitation. */
  void write(
      Invitation invitation, AnswerChoice choice, AnswerSource source, String note, Instant now) {
    Answer answer = em.find(Answer.class, invitation.id);
    if (answer == null) {
      answer = new Answer();
      answer.invitationId = invitation.id;
      answer.ownerId = invitation.ownerId;
      answer.campaignId = invitation.campaignId;
      answer.firstAnsweredAt = now;
      answer.choice = choice;
      answer.source = source;
      answer.note = note;
      answer.answeredAt = now;
      em.persist(answer);
      return;
    }
    if (answer.choice != choice) {
      answer.previousChoice = answer.choice;
      answer.choice = choice;
      answer.changes++;
    }
    answer.source = source;
    answer.note = note == null ? answer.note : note;
    answer.answeredAt = now;
  }

  private Instant attemptTime(long invitationId, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "select coalesce(email_date, claimed_at) from invitation where id = ?1",
                Instant.class)
            .setParameter(1, invitationId)
            .getResultList();
    Object at = rows.isEmpty() ? null : rows.getFirst();
    return at instanceof Instant instant ? instant : now;
  }
}
