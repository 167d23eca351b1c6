package app.rapport.response.inbox;

import java.util.List;

/**
 * What one inbound message says about our invitations, read from its headers and report parts only
 * (the body text of a reply is never stored).
 */
public sealed interface MailEvidence {

  /** A reply: the Message-IDs it refers to (In-Reply-To, References). */
  record Reply(List<String> references) implements MailEvidence {}

  /**
   * A permanent delivery failure: the Message-IDs of the returned original, and the status code
   * (e.g. 5.1.1) when the report gave one.
   */
  record Bounce(List<String> originalIds, String status) implements MailEvidence {}

  /** Nothing to act on: an auto-reply, a delay notice, unrelated mail. */
  record Nothing(String why) implements MailEvidence {}
}
