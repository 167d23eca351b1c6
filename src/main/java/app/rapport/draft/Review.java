package app.rapport.draft;

import app.rapport.campaign.Campaigns;
import app.rapport.contact.Contact;
import app.rapport.contact.Suppressions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.guard.Finding;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Approving and rejecting drafts. Each decision locks the invitation's row first, so a double click
 * or two tabs approving at once make one approval (the second sees APPROVED: a no-op).
 */
@ApplicationScoped
public class Review {

  private final EntityManager em;
  private final Transitions transitions;
  private final Clock clock;
  private final Campaigns campaigns;
  private final Suppressions suppressions;

  public Review(
      EntityManager em,
      Transitions transitions,
      Clock clock,
      Campaigns campaigns,
      Suppressions suppressions) {
    this.suppressions = suppressions;
    this.campaigns = campaigns;
    this.em = em;
    this.transitions = transitions;
    this.clock = clock;
  }

  /** What a bulk approval did: how many it approved, and who it left and why. */
  public record BulkResult(int approved, List<Left> left) {}

  public record Left(long invitationId, String reason) {}

  @Transactional
  public InvitationView approve(long ownerId, long id, String reason, long actorId) {
    Invitation invitation = locked(ownerId, id);
    if (invitation.state == InvitationState.DRAFTED) {
      requireApprovable(invitation, reason);
      suppressions.requireNotSuppressed(invitation.recipientId, "This draft cannot be approved");
    }
    if (transitions.apply(
        invitation, InvitationEvent.APPROVE, "user:" + actorId, blankToNull(reason))) {
      invitation.approvedAt = clock.instant();
      invitation.approvedBy = actorId;
      invitation.overrideReason = invitation.warnings > 0 ? reason.strip() : null;
    }
    return InvitationView.of(invitation);
  }

  @Transactional
  public InvitationView reject(long ownerId, long id, String reason, long actorId) {
    Invitation invitation = locked(ownerId, id);
    transitions.apply(invitation, InvitationEvent.REJECT, "user:" + actorId, blankToNull(reason));
    return InvitationView.of(invitation);
  }

  /** Back to review while it has not started sending. */
  @Transactional
  public InvitationView unapprove(long ownerId, long id, String reason, long actorId) {
    Invitation invitation = locked(ownerId, id);
    if (transitions.apply(
        invitation, InvitationEvent.UNAPPROVE, "user:" + actorId, blankToNull(reason))) {
      invitation.approvedAt = null;
      invitation.approvedBy = null;
      invitation.overrideReason = null;
    }
    return InvitationView.of(invitation);
  }

  @Transactional
  public InvitationView reopen(long ownerId, long id, String reason, long actorId) {
    Invitation invitation = locked(ownerId, id);
    transitions.apply(invitation, InvitationEvent.REOPEN, "user:" + actorId, blankToNull(reason));
    return InvitationView.of(invitation);
  }

  /**
   * Approves every draft of the campaign with no findings; with {@code overrideWarnings} (and a
   * reason) also those whose findings are only warnings. Drafts with a BLOCK are always left.
   */
  @Transactional
  public BulkResult approveAll(
      long ownerId, long campaignId, boolean overrideWarnings, String reason, long actorId) {
    if (overrideWarnings && (reason == null || reason.isBlank())) {
      throw new ApiError.Invalid(
          "Approving drafts with warnings needs a reason, which is recorded with each.");
    }
    campaigns.owned(ownerId, campaignId);
    List<Invitation> drafts =
        em.createQuery(
                "select i from Invitation i where i.ownerId = :owner and i.campaignId = :campaign"
                    + " and i.state = :state order by i.id",
                Invitation.class)
            .setParameter("owner", ownerId)
            .setParameter("campaign", campaignId)
            .setParameter("state", InvitationState.DRAFTED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int approved = 0;
    List<Left> left = new ArrayList<>();
    Set<Long> suppressed = suppressedDrafts(ownerId, campaignId, drafts);
    for (Invitation draft : drafts) {
      if (suppressed.contains(draft.id)) {
        left.add(new Left(draft.id, "the recipient's address is on your suppression list"));
      } else if (draft.blocked) {
        left.add(new Left(draft.id, "blocked: " + firstBlock(draft)));
      } else if (draft.warnings > 0 && !overrideWarnings) {
        left.add(new Left(draft.id, "has " + draft.warnings + " warning(s) to review"));
      } else {
        transitions.apply(
            draft,
            InvitationEvent.APPROVE,
            "user:" + actorId,
            draft.warnings > 0 ? reason.strip() : "bulk");
        draft.approvedAt = clock.instant();
        draft.approvedBy = actorId;
        draft.overrideReason = draft.warnings > 0 ? reason.strip() : null;
        approved++;
      }
    }
    return new BulkResult(approved, left);
  }

  private static void requireApprovable(Invitation invitation, String reason) {
    if (invitation.blocked) {
      throw new ApiError.Conflict(
          "This draft cannot be approved: "
              + firstBlock(invitation)
              + " Edit it so the guard has no BLOCK finding.",
          Map.of("findings", invitation.findings));
    }
    if (invitation.warnings > 0 && (reason == null || reason.isBlank())) {
      throw new ApiError.Invalid(
          "This draft has "
              + invitation.warnings
              + " warning(s). Fix them, or approve with a reason (it is recorded).",
          Map.of("findings", invitation.findings));
    }
  }

  /** The campaign's drafts that go to a suppressed person (two queries, however many drafts). */
  private Set<Long> suppressedDrafts(long ownerId, long campaignId, List<Invitation> drafts) {
    List<Contact> recipients =
        em.createQuery(
                "select c from Contact c where c.ownerId = :owner and c.id in (select"
                    + " i.recipientId from Invitation i where i.campaignId = :campaign"
                    + " and i.state = :state)",
                Contact.class)
            .setParameter("owner", ownerId)
            .setParameter("campaign", campaignId)
            .setParameter("state", InvitationState.DRAFTED)
            .getResultList();
    Set<Long> people = suppressions.suppressedAmong(ownerId, recipients);
    return drafts.stream()
        .filter(draft -> people.contains(draft.recipientId))
        .map(draft -> draft.id)
        .collect(Collectors.toSet());
  }

  private static String firstBlock(Invitation invitation) {
    return invitation.findings.stream()
        .filter(Finding::blocks)
        .map(Finding::message)
        .findFirst()
        .orElse("");
  }

  private Invitation locked(long ownerId, long id) {
    Invitation invitation = em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (invitation == null || !invitation.ownerId.equals(ownerId)) {
      throw new ApiError.NotFound("Invitation", id);
    }
    return invitation;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
