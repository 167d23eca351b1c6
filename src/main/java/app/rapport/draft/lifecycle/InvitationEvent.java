package app.rapport.draft.lifecycle;

/**
 * Something that happens to an invitation: a user's action, a dispatch result, or a recipient's
 * answer. Which event is allowed in which state is decided by {@link InvitationLifecycle}.
 */
public enum InvitationEvent {
  /** The user approves a draft (the service has checked there are no BLOCK findings). */
  APPROVE("approve"),
  /** The user takes an approval back before it is claimed. */
  UNAPPROVE("unapprove"),
  /** The user turns a draft down, before or after approving it. */
  REJECT("reject"),
  /** The user brings a rejected draft back to review. */
  REOPEN("reopen"),
  /** The user edits the text: it goes (back) to review, so an approval never covers new text. */
  EDIT("edit"),
  /** A dispatch tick reserves quota and claims the invitation for sending. */
  CLAIM("claim"),
  /** The channel accepted the message, or the user ticked off the manual task. */
  DELIVERED("record the delivery of"),
  /** A transient failure (421, 451, timeout before DATA): back to the queue, quota returned. */
  RETRY_LATER("retry later"),
  /** A permanent failure that is not about the address. */
  FAIL("record a failure of"),
  /** The address does not exist: at send time (550 5.1.1) or by a later delivery report. */
  BOUNCE("record a bounce of"),
  /** The outcome of a send was lost: crash, dropped connection, or the claim's lease expired. */
  LOSE("lose track of"),
  /** The user resolves an unknown outcome: it did go out. */
  MARK_SENT("mark as sent"),
  /** The user's explicit choice to send an unknown or failed invitation again. */
  SEND_AGAIN("send again"),
  /** The recipient wrote back (recorded by the user or from a reply). */
  REPLY("record a reply to"),
  /** The recipient said yes. */
  ACCEPT("accept"),
  /** The recipient said no. */
  DECLINE("decline"),
  /** The recipient asked not to be contacted again. */
  OPT_OUT("opt out of"),
  /** The user records that the meeting took place. */
  MEET("record a meeting for"),
  /** The campaign's waiting period passed with no answer. */
  EXPIRE("expire"),
  /** The user withdraws a pending manual request (a connection request still unanswered). */
  WITHDRAW("withdraw"),
  /**
   * The user skips a manual task on today's list: it goes back to the queue for another day, like a
   * transient failure (the caller returns the quota). To drop it for good, unapprove or reject it
   * afterwards.
   */
  SKIP_TASK("skip the task of");

  private final String verb;

  InvitationEvent(String verb) {
    this.verb = verb;
  }

  /** The event as a verb phrase for messages: "Cannot {verb} an invitation that is …". */
  public String verb() {
    return verb;
  }
}
