package app.rapport.draft;

/**
 * The links a recipient answers with. Drafting asks for them by invitation id; the answers feature
 * implements it (so drafting does not depend on it).
 */
public interface AnswerLinks {

  /** The three answer URLs for an invitation. */
  record Links(String accept, String decline, String optOut) {}

  Links forInvitation(long invitationId);

  /** Links of the same shape that answer nothing, for previews of unsaved drafts. */
  Links example();
}
