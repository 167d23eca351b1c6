package app.rapport.dispatch;

import app.rapport.contact.AddressSuppressed;
import app.rapport.draft.Invitation;
import app.rapport.draft.SuppressedRecipients;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.vocabulary.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Takes a suppressed person's manual tasks off today's list: a LinkedIn note claimed for the user
 * to send by hand is skipped (its quota returned, as the user's own skip does) and then withdrawn,
 * in the transaction that suppressed the address. Waiting drafts and approvals are withdrawn by
 * {@link SuppressedRecipients}; an email already claimed is on the wire and settles as it will.
 */
@ApplicationScoped
public class SuppressedTasks {

  private final SuppressedRecipients recipients;
  private final Transitions transitions;
  private final Claims claims;

  public SuppressedTasks(SuppressedRecipients recipients, Transitions transitions, Claims claims) {
    this.recipients = recipients;
    this.transitions = transitions;
    this.claims = claims;
  }

  void withdrawTasks(@Observes AddressSuppressed event) {
    List<Invitation> tasks =
        recipients.toPerson(event, List.of(InvitationState.SENDING)).stream()
            .filter(invitation -> invitation.channel == Channel.MANUAL)
            .toList();
    String reason = SuppressedRecipients.reason(event);
    for (Invitation task : tasks) {
      LocalDate quotaDay = task.quotaDay;
      Instant claimedAt = task.claimedAt;
      transitions.apply(task, InvitationEvent.SKIP_TASK, SuppressedRecipients.ACTOR, reason);
      if (quotaDay != null && claimedAt != null) {
        claims.returnQuota(
            task.campaignId,
            quotaDay,
            event.ownerId(),
            LocalDate.ofInstant(claimedAt, ZoneOffset.UTC));
      }
      transitions.apply(task, InvitationEvent.REJECT, SuppressedRecipients.ACTOR, reason);
    }
  }
}
