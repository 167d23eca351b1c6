package app.rapport.draft;

import app.rapport.contact.AddressSuppressed;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the suppression list final for what was drafted before it: when an address is suppressed
 * (an opt-out from one campaign, a bounce, the user's own entry), every draft and approval still
 * waiting to go to that person, in any campaign, is rejected in the same transaction, with the
 * reason in its audit trail. The dispatcher checks the list again before each send, for drafts that
 * slip past this (one committed while the suppression was being written).
 */
@ApplicationScoped
public class SuppressedRecipients {

  /** Who the audit trail says made these moves. */
  public static final String ACTOR = "system:suppression";

  private final EntityManager em;
  private final Transitions transitions;

  public SuppressedRecipients(EntityManager em, Transitions transitions) {
    this.em = em;
    this.transitions = transitions;
  }

  void withdrawPending(@Observes AddressSuppressed event) {
    for (Invitation invitation :
        toPerson(event, List.of(InvitationState.DRAFTED, InvitationState.APPROVED))) {
      transitions.apply(invitation, InvitationEvent.REJECT, ACTOR, reason(event));
    }
  }

  /** The invitations in {@code states} to the person the event names, locked, oldest first. */
  public List<Invitation> toPerson(AddressSuppressed event, List<InvitationState> states) {
    return em.createQuery(
            "select i from Invitation i where i.ownerId = :owner and i.state in :states"
                + " and i.recipientId in (select c.id from Contact c"
                + " where c.ownerId = :owner and c.dedupeKey = :key) order by i.id",
            Invitation.class)
        .setParameter("owner", event.ownerId())
        .setParameter("key", event.dedupeKey())
        .setParameter("states", states)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The reason the audit trail gives for a withdrawal. */
  public static String reason(AddressSuppressed event) {
    return "withdrawn: the recipient's address is on the suppression list ("
        + event.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ")";
  }
}
