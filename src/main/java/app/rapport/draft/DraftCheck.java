package app.rapport.draft;

import app.rapport.campaign.Campaign;
import app.rapport.contact.Contact;
import app.rapport.contact.ContextHook;
import app.rapport.contact.Suppression;
import app.rapport.contact.Suppressions;
import app.rapport.guard.BlastCandidate;
import app.rapport.guard.BlastDetector;
import app.rapport.guard.DraftUnderReview;
import app.rapport.guard.Finding;
import app.rapport.guard.Guard;
import app.rapport.guard.RuleCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the guard on drafts: the single-draft rules when a draft is written or edited, and BLAST
 * across a campaign's open drafts (each compared with the others, recipients' names masked).
 */
@ApplicationScoped
public class DraftCheck {

  private final Guard guard;
  private final BlastDetector blast;
  private final Clock clock;
  private final EntityManager em;

  private final Suppressions suppressions;

  public DraftCheck(
      Guard guard, BlastDetector blast, Clock clock, EntityManager em, Suppressions suppressions) {
    this.suppressions = suppressions;
    this.guard = guard;
    this.blast = blast;
    this.clock = clock;
    this.em = em;
  }

  /** Checks one draft and stores the findings on it (keeping no stale BLAST verdict). */
  public void check(
      Invitation draft,
      Campaign campaign,
      Contact recipient,
      ContextHook hook,
      Contact introducee) {
    LocalDate today = clock.instant().atZone(ZoneId.of(campaign.timeZone)).toLocalDate();
    List<String> snippets = new ArrayList<>();
    if (hook != null) {
      Stream.of(hook.title, hook.note).filter(Objects::nonNull).forEach(snippets::add);
    }
    if (introducee != null) {
      snippets.add(introducee.fullName());
    }
    DraftUnderReview review =
        new DraftUnderReview(
            draft.subject,
            AnswerUrls.masked(draft.body),
            campaign.channel,
            campaign.maxLength(),
            campaign.strict,
            (introducee == null ? recipient : introducee).relationship,
            snippets,
            hook == null ? null : hook.publishedOn,
            campaign.intent,
            campaign.topic,
            campaign.valueOffered,
            campaign.minutes,
            today,
            lastInvitedOn(recipient.id, draft.campaignId, campaign.timeZone),
            suppressionReason(recipient));
    draft.setFindings(guard.check(review));
  }

  /**
   * Compares every open draft of the campaign with the others and updates their BLAST findings.
   * Identity values (names, company, email) and the per-invitation answer links are masked.
   */
  public void checkBlast(long campaignId) {
    List<Object[]> rows =
        em.createQuery(
                "select i, c from Invitation i, Contact c where c.id = i.recipientId"
                    + " and i.campaignId = :campaign and i.state in ('DRAFTED', 'APPROVED')",
                Object[].class)
            .setParameter("campaign", campaignId)
            .getResultList();
    List<BlastCandidate> candidates = new ArrayList<>(rows.size());
    Map<Long, Invitation> byId = new HashMap<>();
    for (Object[] row : rows) {
      Invitation invitation = (Invitation) row[0];
      Contact contact = (Contact) row[1];
      byId.put(invitation.id, invitation);
      List<String> identity = new ArrayList<>();
      Stream.of(
              contact.firstName,
              contact.lastName,
              contact.fullName(),
              contact.company,
              contact.email)
          .filter(Objects::nonNull)
          .forEach(identity::add);
      candidates.add(
          new BlastCandidate(invitation.id, AnswerUrls.neutral(invitation.body), identity));
    }
    Map<Long, Finding> blasts = blast.check(candidates);
    for (Invitation invitation : byId.values()) {
      List<Finding> kept =
          new ArrayList<>(
              invitation.findings.stream().filter(f -> f.code() != RuleCode.BLAST).toList());
      Finding found = blasts.get(invitation.id);
      if (found != null) {
        // the whole body, measured on the text as stored (links and all)
        found =
            new Finding(
                found.code(),
                found.severity(),
                found.message(),
                found.part(),
                0,
                invitation.body.length());
        kept.add(found);
      }
      if (kept.size() != invitation.findings.size() || found != null) {
        invitation.setFindings(Guard.sorted(kept));
      }
    }
  }

  /**
   * The local date this person was last invited by another campaign, or "today" if one is pending.
   */
  private LocalDate lastInvitedOn(long recipientId, long campaignId, String zone) {
    List<Object[]> rows =
        em.createQuery(
                "select max(i.sentAt), count(i) from Invitation i where i.recipientId = :recipient"
                    + " and i.campaignId <> :campaign and (i.sentAt is not null or i.state in ('APPROVED', 'SENDING'))",
                Object[].class)
            .setParameter("recipient", recipientId)
            .setParameter("campaign", campaignId)
            .getResultList();
    Object[] row = rows.getFirst();
    if (row[0] != null) {
      return ((java.time.Instant) row[0]).atZone(ZoneId.of(zone)).toLocalDate();
    }
    long pending = (Long) row[1];
    return pending > 0 ? clock.instant().atZone(ZoneId.of(zone)).toLocalDate() : null;
  }

  private String suppressionReason(Contact recipient) {
    Suppression suppression = suppressions.of(recipient).orElse(null);
    if (suppression == null) {
      return null;
    }
    return switch (suppression.reason) {
      case OPTED_OUT -> "they asked not to be contacted again";
      case DECLINED -> "they declined for good";
      case BOUNCED -> "their address bounced";
      case MANUAL -> "you added them to the do-not-contact list";
    };
  }
}
