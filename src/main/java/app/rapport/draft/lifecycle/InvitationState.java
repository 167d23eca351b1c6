package app.rapport.draft.lifecycle;

/**
 * Where one invitation stands, from draft to the recipient's answer. The moves between states live
 * in {@link InvitationLifecycle}; this enum only names the states and says which ones the rest of
 * the service treats specially.
 */
public enum InvitationState {
  /** Rendered from a template and waiting for the user's review; the guard has checked it. */
  DRAFTED,
  /** Reviewed and approved by the user; pacing will give it a slot. */
  APPROVED,
  /** Turned down by the user at review; kept so it is not drafted again, and can be reopened. */
  REJECTED,
  /**
   * Claimed by a dispatch tick: quota reserved, claim token and Message-ID committed before any
   * channel is touched. For a manual channel, it is on today's task list.
   */
  SENDING,
  /** The channel accepted it (SMTP 250, file written, or the user ticked the manual task off). */
  SENT,
  /** The channel refused it for good before delivery (a permanent error other than a bounce). */
  FAILED,
  /** The recipient's address does not exist (5.1.x or a later DSN); the address is suppressed. */
  BOUNCED,
  /**
   * The send started but its outcome was lost (crash, dropped connection, expired claim). It may or
   * may not have arrived, so it is never re-sent automatically: the user decides.
   */
  UNKNOWN,
  /** The recipient wrote back, without (yet) a recorded accept or decline. */
  REPLIED,
  /** The recipient said yes ("Happy to chat"), by link or as recorded by the user. */
  ACCEPTED,
  /** The recipient said no ("Not right now"); a later accept still wins. */
  DECLINED,
  /** The recipient asked not to be contacted again. Final: the address is suppressed. */
  OPTED_OUT,
  /** Nothing came back within the campaign's waiting period; a late reply still counts. */
  NO_REPLY,
  /** The coffee happened: the user recorded the meeting. */
  MET,
  /** The user withdrew a pending manual request (e.g. a LinkedIn connection request). */
  WITHDRAWN;

  /**
   * True when no event moves the invitation anywhere else (repeating the event that led here is
   * still accepted as a no-op). Bounced and opted-out invitations stay as they are for good.
   */
  public boolean isTerminal() {
    return this == BOUNCED || this == OPTED_OUT;
  }

  /**
   * True for the recipient's response to a delivered invitation, or its absence: the states that
   * acceptance metrics count. Delivery problems and the user's own actions are not outcomes.
   */
  public boolean isOutcome() {
    return switch (this) {
      case REPLIED, ACCEPTED, DECLINED, OPTED_OUT, NO_REPLY, MET -> true;
      default -> false;
    };
  }
}
