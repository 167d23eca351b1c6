package app.rapport.response;

import app.rapport.campaign.Campaign;
import app.rapport.contact.Contact;
import app.rapport.contact.Suppression;
import app.rapport.contact.Suppressions;
import app.rapport.draft.Invitation;
import app.rapport.draft.Transitions;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.response.AnswerLedger.Result;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.response.token.InvalidToken;
import app.rapport.response.token.VerifiedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a recipient does with the links of an invitation. The GETs only show a confirmation (mail
 * scanners follow links); the POSTs record. A token that fails verification — tampered, signed by
 * an unknown key, meant for the other purpose, expired — gets a 4xx page and changes nothing.
 */
@ApplicationScoped
public class RecipientAnswers {

  static final String ACTOR = "recipient";

  private final AnswerKeys keys;
  private final AnswerLedger ledger;
  private final Suppressions suppressions;
  private final Transitions transitions;

  public RecipientAnswers(
      AnswerKeys keys, AnswerLedger ledger, Suppressions suppressions, Transitions transitions) {
    this.keys = keys;
    this.ledger = ledger;
    this.suppressions = suppressions;
    this.transitions = transitions;
  }

  /** GET /a/{token}: the confirmation page for {@code choice}; records nothing. */
  @Transactional
  public AnswerPage confirmAnswer(String token, String choice) {
    Verified verified = verify(token, AnswerPurpose.ANSWER);
    if (verified.problem != null) {
      return verified.problem;
    }
    String sender = senderOf(verified.invitation);
    Optional<AnswerChoice> chosen = AnswerChoice.ofLink(choice);
    String self = token;
    AnswerPage.Form accept = new AnswerPage.Form(self, "accept", "Yes, happy to chat", false);
    AnswerPage.Form decline = new AnswerPage.Form(self, "decline", "Not right now", false);
    if (chosen.isEmpty()) {
      return new AnswerPage(
          200,
          "../",
          "Your answer to " + sender,
          "Choose one; nothing is sent until you press a button.",
          null,
          null,
          List.of(accept, decline));
    }
    if (chosen.get() == AnswerChoice.ACCEPT) {
      return new AnswerPage(
          200,
          "../",
          "Happy to chat?",
          "Press the button to let " + sender + " know you'd be glad to talk.",
          null,
          null,
          List.of(accept, quiet(decline)));
    }
    return new AnswerPage(
        200,
        "../",
        "Not right now?",
        "Press the button to let " + sender + " know. No hard feelings.",
        null,
        null,
        List.of(
            new AnswerPage.Form(self, "decline", "Send \"not right now\"", false), quiet(accept)));
  }

  /** POST /a/{token}: records the answer (idempotent; last answer wins, opt-out is final). */
  @Transactional
  public AnswerPage answer(String token, String choice) {
    Optional<AnswerChoice> chosen = AnswerChoice.ofLink(choice);
    if (chosen.isEmpty()) {
      return AnswerPage.message(
          400, "Which answer?", "Use one of the buttons on the page to answer.");
    }
    Verified verified = verify(token, AnswerPurpose.ANSWER);
    if (verified.problem != null) {
      return verified.problem;
    }
    Invitation invitation = ledger.locked(verified.invitation.id);
    if (invitation == null) {
      return invalid();
    }
    Result result = ledger.record(invitation, chosen.get(), AnswerSource.LINK, ACTOR, null);
    String sender = senderOf(invitation);
    if (result == Result.REFUSED) {
      return refused(invitation);
    }
    if (chosen.get() == AnswerChoice.ACCEPT) {
      Campaign campaign = Campaign.findById(invitation.campaignId);
      String booking = campaign == null ? null : safeLink(campaign.bookingUrl);
      return new AnswerPage(
          200,
          "../",
          "Thank you!",
          booking == null
              ? sender + " will be in touch to find a time."
              : "Pick a time that suits you in " + sender + "'s calendar.",
          booking == null ? null : new AnswerPage.Link(booking, "Pick a time"),
          null,
          List.of());
    }
    String optOut = keys.tokens().issue(invitation.id, AnswerPurpose.OPT_OUT);
    return new AnswerPage(
        200,
        "../",
        "No worries",
        "Thanks for letting " + sender + " know.",
        null,
        "If you'd rather not hear from " + sender + " again, say so and you won't.",
        List.of(
            new AnswerPage.Form("../u/" + optOut, null, "Please don't contact me again", true)));
  }

  /** GET /u/{token}: the opt-out confirmation; records nothing. */
  @Transactional
  public AnswerPage confirmOptOut(String token) {
    Verified verified = verify(token, AnswerPurpose.OPT_OUT);
    if (verified.problem != null) {
      return verified.problem;
    }
    String sender = senderOf(verified.invitation);
    return new AnswerPage(
        200,
        "../",
        "Stop all contact?",
        sender + " will not contact you again through Rapport.",
        null,
        null,
        List.of(new AnswerPage.Form(token, null, "Please don't contact me again", false)));
  }

  /**
   * POST /u/{token} (the confirmation form, or RFC 8058 one-click): the address is suppressed
   * whatever the invitation's state, and the invitation becomes OPTED_OUT where the lifecycle
   * allows it (a message not yet sent, bounced or failed keeps its state).
   */
  @Transactional
  public AnswerPage optOut(String token, boolean oneClick) {
    Verified verified = verify(token, AnswerPurpose.OPT_OUT);
    if (verified.problem != null) {
      return verified.problem;
    }
    Invitation invitation = ledger.locked(verified.invitation.id);
    if (invitation == null) {
      return invalid();
    }
    Contact recipient = Contact.findById(invitation.recipientId);
    boolean known = recipient != null && suppressions.of(recipient).isPresent();
    if (recipient != null) {
      suppressions.suppressContact(invitation.ownerId, recipient, Suppression.Reason.OPTED_OUT);
    }
    AnswerSource source = oneClick ? AnswerSource.ONE_CLICK : AnswerSource.LINK;
    if (InvitationLifecycle.allows(invitation.state, AnswerChoice.OPT_OUT.event())) {
      ledger.record(invitation, AnswerChoice.OPT_OUT, source, ACTOR, null);
    } else if (!known) {
      transitions.note(
          invitation,
          "OPT_OUT_ADDRESS",
          ACTOR,
          "address suppressed; the invitation is " + invitation.state);
    }
    return AnswerPage.message(
        200,
        "Done",
        "You won't hear from " + senderOf(invitation) + " again. Sorry to bother you.");
  }

  private AnswerPage refused(Invitation invitation) {
    if (invitation.state == InvitationState.OPTED_OUT) {
      return AnswerPage.message(
          409,
          "You opted out",
          "You asked not to be contacted again, so this answer was not recorded.");
    }
    return AnswerPage.message(
        409,
        "This invitation can't take that answer",
        "It is "
            + invitation.state.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + ". You can reply to the email instead.");
  }

  private record Verified(Invitation invitation, AnswerPage problem) {}

  private Verified verify(String token, AnswerPurpose purpose) {
    VerifiedToken verified;
    try {
      verified = keys.tokens().verify(token, purpose);
    } catch (InvalidToken e) {
      if (e.reason() == InvalidToken.Reason.EXPIRED) {
        return new Verified(
            null,
            AnswerPage.message(
                410,
                "This link has expired",
                "Answer links last a few months. You can still reply to the email, and its link to"
                    + " stop all contact never expires."));
      }
      return new Verified(null, invalid());
    }
    Invitation invitation = Invitation.findById(verified.invitationId());
    return invitation == null ? new Verified(null, invalid()) : new Verified(invitation, null);
  }

  private static AnswerPage invalid() {
    return AnswerPage.message(
        404,
        "This link doesn't work",
        "It may have been cut when it was copied. You can reply to the email instead.");
  }

  private static AnswerPage.Form quiet(AnswerPage.Form form) {
    return new AnswerPage.Form(form.action(), form.choice(), form.label(), true);
  }

  private static String senderOf(Invitation invitation) {
    Campaign campaign = Campaign.findById(invitation.campaignId);
    return campaign == null || campaign.senderName == null ? "The sender" : campaign.senderName;
  }

  /** Only plain http(s) links become buttons: never a {@code javascript:} or data URL. */
  static String safeLink(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    return web && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')
        ? url.strip()
        : null;
  }
}
