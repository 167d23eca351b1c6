package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import app.rapport.contact.Contact;
import app.rapport.draft.Invitation;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.platform.problem.ApiError;
import app.rapport.vocabulary.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The manual channel: what the tick claimed for a channel with no API becomes today's task list.
 * Done → SENT; skipped → back in the queue with the quota returned. Connection requests still
 * unanswered after a few weeks come back as "withdraw" tasks.
 */
@ApplicationScoped
public class Tasks {

  private final EntityManager em;
  private final Transitions transitions;
  private final Claims claims;
  private final DispatchSettings settings;
  private final Clock clock;

  public Tasks(
      EntityManager em,
      Transitions transitions,
      Claims claims,
      DispatchSettings settings,
      Clock clock) {
    this.em = em;
    this.transitions = transitions;
    this.claims = claims;
    this.settings = settings;
    this.clock = clock;
  }

  public enum Kind {
    SEND,
    WITHDRAW
  }

  /** One thing to do by hand: the text to paste and where. */
  public record Task(
      long invitationId,
      long campaignId,
      String campaignName,
      Kind kind,
      String recipientName,
      String profileUrl,
      String text,
      Instant dueSince) {}

  @Transactional
  public List<Task> today(long ownerId) {
    List<Task> tasks = new ArrayList<>();
    List<Object[]> rows =
        em.createQuery(
                "select i, c, k from Invitation i, Contact c, Campaign k where c.id = i.recipientId"
                    + " and k.id = i.campaignId and i.ownerId = :owner and i.channel = :manual"
                    + " and i.state = :sending order by i.claimedAt, i.id",
                Object[].class)
            .setParameter("owner", ownerId)
            .setParameter("manual", Channel.MANUAL)
            .setParameter("sending", InvitationState.SENDING)
            .getResultList();
    for (Object[] row : rows) {
      tasks.add(
          task(
              (Invitation) row[0],
              (Contact) row[1],
              (Campaign) row[2],
              Kind.SEND,
              ((Invitation) row[0]).claimedAt));
    }
    Instant pendingSince = clock.instant().minus(Duration.ofDays(settings.withdrawAfterDays()));
    List<Object[]> stale =
        em.createQuery(
                "select i, c, k from Invitation i, Contact c, Campaign k where c.id = i.recipientId"
                    + " and k.id = i.campaignId and i.ownerId = :owner and i.channel = :manual"
                    + " and i.state in :pending and i.sentAt < :since order by i.sentAt, i.id",
                Object[].class)
            .setParameter("owner", ownerId)
            .setParameter("manual", Channel.MANUAL)
            .setParameter("pending", List.of(InvitationState.SENT, InvitationState.NO_REPLY))
            .setParameter("since", pendingSince)
            .getResultList();
    for (Object[] row : stale) {
      Invitation i = (Invitation) row[0];
      tasks.add(task(i, (Contact) row[1], (Campaign) row[2], Kind.WITHDRAW, i.sentAt));
    }
    return tasks;
  }

  /** The user sent it by hand: it counts as sent now. */
  @Transactional
  public Task done(long ownerId, long id, long actorId) {
    Invitation invitation = lockedTask(ownerId, id);
    if (transitions.apply(
        invitation, InvitationEvent.DELIVERED, "user:" + actorId, "sent by hand")) {
      invitation.sentAt = clock.instant();
    }
    return view(invitation, Kind.SEND);
  }

  /** Not today: back in the queue; the day's quota unit is returned. */
  @Transactional
  public Task skip(long ownerId, long id, long actorId) {
    Invitation invitation = lockedTask(ownerId, id);
    LocalDate quotaDay = invitation.quotaDay;
    Instant claimedAt = invitation.claimedAt;
    if (transitions.apply(
        invitation, InvitationEvent.SKIP_TASK, "user:" + actorId, "skipped today")) {
      if (quotaDay != null && claimedAt != null) {
        claims.returnQuota(
            invitation.campaignId,
            quotaDay,
            ownerId,
            LocalDate.ofInstant(claimedAt, ZoneOffset.UTC));
      }
    }
    return view(invitation, Kind.SEND);
  }

  /** The pending connection request was withdrawn by hand. */
  @Transactional
  public Task withdrawn(long ownerId, long id, long actorId) {
    Invitation invitation = owned(ownerId, id);
    transitions.apply(
        invitation, InvitationEvent.WITHDRAW, "user:" + actorId, "request withdrawn by hand");
    return view(invitation, Kind.WITHDRAW);
  }

  private Invitation lockedTask(long ownerId, long id) {
    Invitation invitation = em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (invitation == null || !invitation.ownerId.equals(ownerId)) {
      throw new ApiError.NotFound("Task", id);
    }
    if (invitation.channel != Channel.MANUAL) {
      throw new ApiError.Conflict("Invitation " + id + " goes by email; it is not a manual task.");
    }
    return invitation;
  }

  private Invitation owned(long ownerId, long id) {
    return Invitation.<Invitation>find("id = ?1 and ownerId = ?2", id, ownerId)
        .firstResultOptional()
        .orElseThrow(() -> new ApiError.NotFound("Task", id));
  }

  private Task view(Invitation i, Kind kind) {
    Contact c = Contact.findById(i.recipientId);
    Campaign k = Campaign.findById(i.campaignId);
    return task(i, c, k, kind, i.sentAt);
  }

  private static Task task(Invitation i, Contact c, Campaign k, Kind kind, Instant since) {
    return new Task(i.id, k.id, k.name, kind, c.fullName(), c.profileUrl, i.body, since);
  }
}
