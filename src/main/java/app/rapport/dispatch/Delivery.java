package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import app.rapport.contact.Contact;
import app.rapport.contact.Suppression;
import app.rapport.contact.Suppressions;
import app.rapport.dispatch.mail.Delivered;
import app.rapport.dispatch.mail.DeliveryResult;
import app.rapport.dispatch.mail.EmailChannel;
import app.rapport.dispatch.mail.OutcomeUnknown;
import app.rapport.dispatch.mail.OutgoingEmail;
import app.rapport.dispatch.mail.PermanentFailure;
import app.rapport.dispatch.mail.TransientFailure;
import app.rapport.draft.AnswerLinks;
import app.rapport.draft.Invitation;
import app.rapport.metrics.DispatchMeters;
import app.rapport.vocabulary.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Sends one claimed email and records what became of it. The claim was committed before this runs;
 * the outcome is recorded only if the claim still stands.
 *
 * <ul>
 *   <li>delivered (250 after DATA) → SENT
 *   <li>transient (421, 451, refused connection…) → APPROVED again after a backoff, quota returned;
 *       FAILED after the configured attempts
 *   <li>permanent (550…) → BOUNCED and the address suppressed when the recipient was refused, else
 *       FAILED; quota returned
 *   <li>unknown (connection lost after the message was sent) → UNKNOWN, never re-sent by itself
 * </ul>
 */
@ApplicationScoped
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class);

  private final EmailChannel channel;
  private final Claims claims;
  private final AnswerLinks links;
  private final Suppressions suppressions;
  private final DispatchSettings settings;
  private final Clock clock;
  private final DispatchMeters meters;

  public Delivery(
      EmailChannel channel,
      Claims claims,
      AnswerLinks links,
      Suppressions suppressions,
      DispatchSettings settings,
      Clock clock,
      DispatchMeters meters) {
    this.meters = meters;
    this.channel = channel;
    this.claims = claims;
    this.links = links;
    this.suppressions = suppressions;
    this.settings = settings;
    this.clock = clock;
  }

  void send(ClaimedInvitation claim, Campaign campaign) {
    MDC.put("invitationId", claim.id());
    MDC.put("campaignId", claim.campaignId());
    try {
      DeliveryResult result = deliver(claim, campaign);
      record(claim, result);
    } finally {
      MDC.remove("invitationId");
      MDC.remove("campaignId");
    }
  }

  private DeliveryResult deliver(ClaimedInvitation claim, Campaign campaign) {
    OutgoingEmail email;
    try {
      email = compose(claim, campaign);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // the invitation itself cannot become an email (no address, an unsafe header value)
      return new PermanentFailure("the message could not be composed: " + e.getMessage(), 0, false);
    } catch (RuntimeException e) {
      // e.g. the database was briefly unreachable: nothing was sent, try again later
      return new TransientFailure(
          "the message could not be read: " + e.getClass().getSimpleName(), 0);
    }
    try {
      return channel.deliver(email);
    } catch (RuntimeException e) {
      // the channel classifies protocol failures itself; anything else happened before sending
      LOG.warn("Delivery failed before reaching the server", e);
      return new TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
    }
  }

  private OutgoingEmail compose(ClaimedInvitation claim, Campaign campaign) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Invitation invitation = Invitation.findById(claim.id());
              Contact recipient = Contact.findById(invitation.recipientId);
              if (recipient.email == null) {
                throw new IllegalStateException("the recipient has no email address");
              }
              return new OutgoingEmail(
                  claim.messageId(),
                  campaign.senderEmail,
                  campaign.senderName,
                  campaign.replyTo,
                  recipient.email,
                  recipient.fullName(),
                  invitation.subject,
                  invitation.body,
                  null,
                  links.forInvitation(invitation.id).optOut(),
                  null,
                  claim.emailDate());
            });
  }

  private void record(ClaimedInvitation claim, DeliveryResult result) {
    Instant now = clock.instant();
    switch (result) {
      case Delivered d -> {
        settle(claim, "SENT", "DELIVERED", now, null, null, false);
        meters.sent(Channel.EMAIL);
        LOG.infof("Invitation %d sent", claim.id());
      }
      case TransientFailure t -> {
        if (claim.attempts() >= settings.maxAttempts()) {
          settle(
              claim,
              "FAILED",
              "FAIL",
              null,
              "gave up after " + claim.attempts() + " attempts: " + t.detail(),
              null,
              true);
          LOG.warnf("Invitation %d failed after %d attempts", claim.id(), claim.attempts());
        } else {
          Duration wait = settings.backoff().multipliedBy(1L << Math.min(claim.attempts() - 1, 10));
          settle(claim, "APPROVED", "RETRY_LATER", null, t.detail(), now.plus(wait), true);
          meters.outcome(Channel.EMAIL, "retry");
          LOG.infof("Invitation %d will be retried in %s (%s)", claim.id(), wait, t.code());
        }
      }
      case PermanentFailure p -> {
        if (p.addressRejected()) {
          settle(claim, "BOUNCED", "BOUNCE", null, p.detail(), null, true);
          meters.outcome(Channel.EMAIL, "bounced");
          QuarkusTransaction.requiringNew()
              .run(
                  () -> {
                    Invitation invitation = Invitation.findById(claim.id());
                    Contact recipient = Contact.findById(invitation.recipientId);
                    suppressions.suppressContact(
                        claim.ownerId(), recipient, Suppression.Reason.BOUNCED);
                  });
        } else {
          settle(claim, "FAILED", "FAIL", null, p.detail(), null, true);
          meters.outcome(Channel.EMAIL, "failed");
        }
        LOG.warnf("Invitation %d refused by the server (%d)", claim.id(), p.code());
      }
      case OutcomeUnknown u -> {
        settle(claim, "UNKNOWN", "LOSE", null, u.detail(), null, false);
        meters.outcome(Channel.EMAIL, "unknown");
        LOG.warnf(
            "Invitation %d: outcome unknown, it will not be re-sent automatically", claim.id());
      }
    }
  }

  private void settle(
      ClaimedInvitation claim,
      String state,
      String event,
      Instant sentAt,
      String error,
      Instant next,
      boolean returnQuota) {
    if (claims
        .settle(claim, state, event, sentAt, error, next, returnQuota, clock.instant())
        .isEmpty()) {
      LOG.warnf(
          "Invitation %d: the claim was lost before its outcome (%s) was recorded",
          claim.id(), state);
    }
  }
}
