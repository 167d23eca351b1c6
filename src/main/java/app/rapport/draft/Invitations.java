package app.rapport.draft;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.contact.Contact;
import app.rapport.contact.ContextHook;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** One invitation: read it, edit its text (the guard runs again), read its audit trail. */
@ApplicationScoped
public class Invitations {

  private final Campaigns campaigns;
  private final DraftCheck check;
  private final Transitions transitions;
  private final EntityManager em;

  public Invitations(
      Campaigns campaigns, DraftCheck check, Transitions transitions, EntityManager em) {
    this.campaigns = campaigns;
    this.check = check;
    this.transitions = transitions;
    this.em = em;
  }

  public record AuditLine(
      long id,
      long invitationId,
      String actor,
      String event,
      String fromState,
      String toState,
      String reason,
      Instant at) {
    static AuditLine of(AuditEntry e) {
      return new AuditLine(
          e.id, e.invitationId, e.actor, e.event, e.fromState, e.toState, e.reason, e.at);
    }
  }

  @Transactional
  public InvitationView get(long ownerId, long id) {
    return InvitationView.of(owned(ownerId, id));
  }

  /** The entity, for services that already own the transaction. */
  public Invitation owned(long ownerId, long id) {
    return Invitation.<Invitation>find("id = ?1 and ownerId = ?2", id, ownerId)
        .firstResultOptional()
        .orElseThrow(() -> new ApiError.NotFound("Invitation", id));
  }

  /**
   * Replaces the subject and body. An approved invitation goes back to review (EDIT → DRAFTED). The
   * text is stored as written; the guard checks it again, BLAST included.
   */
  @Transactional
  public InvitationView edit(long ownerId, long id, String subject, String body, long actorId) {
    Invitation invitation = owned(ownerId, id);
    EditedText.requireSafe("subject", subject);
    EditedText.requireSafe("body", body);
    EditedText.requireOptOutKept(invitation.body, body);
    Campaign campaign = campaigns.owned(ownerId, invitation.campaignId);
    if (campaign.channel == app.rapport.vocabulary.Channel.EMAIL
        && (subject == null || subject.isBlank())) {
      throw new ApiError.Invalid("An email needs a subject.");
    }
    transitions.apply(invitation, InvitationEvent.EDIT, "user:" + actorId, null);
    invitation.subject = subject == null || subject.isBlank() ? null : subject.strip();
    invitation.body = body.strip();
    invitation.edited = true;
    invitation.approvedAt = null;
    invitation.approvedBy = null;
    invitation.overrideReason = null;
    recheck(invitation, campaign);
    em.flush();
    check.checkBlast(invitation.campaignId);
    return InvitationView.of(invitation);
  }

  @Transactional
  public List<AuditLine> audit(long ownerId, long id) {
    owned(ownerId, id);
    return AuditEntry.<AuditEntry>list("invitationId = ?1 order by id", id).stream()
        .map(AuditLine::of)
        .toList();
  }

  @Transactional
  public List<AuditLine> campaignAudit(long ownerId, long campaignId, Long after, int limit) {
    campaigns.owned(ownerId, campaignId);
    return AuditEntry.<AuditEntry>find(
            "campaignId = ?1 and ownerId = ?2 and id > ?3 order by id",
            campaignId,
            ownerId,
            after == null ? 0L : after)
        .page(0, limit)
        .list()
        .stream()
        .map(AuditLine::of)
        .toList();
  }

  /**
   * Runs the single-draft rules again on the current text (keeping the BLAST verdict for later).
   */
  void recheck(Invitation invitation, Campaign campaign) {
    Contact recipient = Contact.findById(invitation.recipientId);
    ContextHook hook = invitation.hookId == null ? null : ContextHook.findById(invitation.hookId);
    Contact introducee =
        invitation.recipientId.equals(invitation.contactId)
            ? null
            : Contact.findById(invitation.contactId);
    check.check(invitation, campaign, recipient, hook, introducee);
  }
}
