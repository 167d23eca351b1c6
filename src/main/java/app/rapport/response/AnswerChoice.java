package app.rapport.response;

import app.rapport.draft.lifecycle.InvitationEvent;
import java.util.Locale;
import java.util.Optional;

/** What a recipient said: the three links of an invitation, or a reply by mail. */
public enum AnswerChoice {
  /** "Happy to chat". */
  ACCEPT(InvitationEvent.ACCEPT),
  /** "Not right now". */
  DECLINE(InvitationEvent.DECLINE),
  /** "Please don't contact me again": final, and the address is suppressed. */
  OPT_OUT(InvitationEvent.OPT_OUT),
  /** They wrote back; the user classifies the reply later. */
  REPLY(InvitationEvent.REPLY);

  private final InvitationEvent event;

  AnswerChoice(InvitationEvent event) {
    this.event = event;
  }

  public InvitationEvent event() {
    return event;
  }

  /** The choice of an answer link's {@code choice} parameter: "accept" or "decline" only. */
  public static Optional<AnswerChoice> ofLink(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "accept" -> Optional.of(ACCEPT);
      case "decline" -> Optional.of(DECLINE);
      default -> Optional.empty();
    };
  }
}
