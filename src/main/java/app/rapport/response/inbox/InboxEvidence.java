package app.rapport.response.inbox;

import app.rapport.contact.Contact;
import app.rapport.contact.Suppression;
import app.rapport.contact.Suppressions;
import app.rapport.draft.Invitation;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.metrics.OutcomeMeters;
import app.rapport.response.CampaignHealth;
import app.rapport.response.InboxAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link MailEvidence} to the invitations whose Message-ID it names: a reply makes a sent
 * invitation REPLIED (for the user to classify); a bounce makes it BOUNCED and suppresses the
 * address. Repeats change nothing, so the same message read twice (two replicas, a re-poll) is
 * harmless.
 */
@ApplicationScoped
public class InboxEvidence {

  static final String ACTOR = "system:inbox";

  private final EntityManager em;
  private final Transitions transitions;
  private final Suppressions suppressions;
  private final OutcomeMeters meters;
  private final CampaignHealth health;
  private final InboxAnswers answers;

  public InboxEvidence(
      EntityManager em,
      Transitions transitions,
      Suppressions suppressions,
      OutcomeMeters meters,
      CampaignHealth health,
      InboxAnswers answers) {
    this.em = em;
    this.transitions = transitions;
    this.suppressions = suppressions;
    this.meters = meters;
    this.health = health;
    this.answers = answers;
  }

  /** How many invitations changed. */
  @Transactional
  public int apply(MailEvidence evidence) {
    return switch (evidence) {
      case MailEvidence.Reply reply -> replies(reply);
      case MailEvidence.Bounce bounce -> bounces(bounce);
      case MailEvidence.Nothing nothing -> 0;
    };
  }

  private int replies(MailEvidence.Reply reply) {
    int changed = 0;
    for (Invitation invitation : invitations(reply.references())) {
      if (answers.reply(invitation, ACTOR)) {
        changed++;
      }
    }
    return changed;
  }

  private int bounces(MailEvidence.Bounce bounce) {
    int changed = 0;
    String reason =
        "delivery report" + (bounce.status() == null ? "" : " (status " + bounce.status() + ")");
    for (Invitation invitation : invitations(bounce.originalIds())) {
      if (invitation.state == InvitationState.BOUNCED) {
        continue;
      }
      if (!InvitationLifecycle.allows(invitation.state, InvitationEvent.BOUNCE)) {
        transitions.note(invitation, "BOUNCE_REPORT", ACTOR, reason + " after " + invitation.state);
        continue;
      }
      transitions.apply(invitation, InvitationEvent.BOUNCE, ACTOR, reason);
      Contact recipient = Contact.findById(invitation.recipientId);
      if (recipient != null) {
        suppressions.suppressContact(invitation.ownerId, recipient, Suppression.Reason.BOUNCED);
      }
      meters.outcome(invitation.channel, InvitationState.BOUNCED, "mail");
      health.evaluate(invitation.campaignId);
      changed++;
    }
    return changed;
  }

  /** Our invitations with one of these Message-IDs (stored with or without angle brackets). */
  private List<Invitation> invitations(List<String> messageIds) {
    List<String> keys = new ArrayList<>();
    for (String id : messageIds) {
      String bare = id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
      keys.add("<" + bare + ">");
      keys.add(bare);
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Invitation> found = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "select id from invitation where message_id in (:ids) order by id", Long.class)
            .setParameter("ids", keys)
            .getResultList()) {
      found.add(
          em.find(Invitation.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE));
    }
    return found;
  }
}
