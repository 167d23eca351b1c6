package app.rapport.draft.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event that the invitation's current state does not allow. Carries what is allowed, so the API
 * can answer 409 with a message the user can act on.
 */
public final class IllegalTransition extends RuntimeException {

  private final InvitationState from;
  private final InvitationEvent event;
  private final EnumSet<InvitationEvent> allowed;

  public IllegalTransition(
      InvitationState from, InvitationEvent event, Set<InvitationEvent> allowed) {
    super(message(from, event, allowed));
    this.from = from;
    this.event = event;
    this.allowed = EnumSet.noneOf(InvitationEvent.class);
    this.allowed.addAll(allowed);
  }

  public InvitationState from() {
    return from;
  }

  public InvitationEvent event() {
    return event;
  }

  /** The events the invitation would accept now; empty only if there are none. */
  public Set<InvitationEvent> allowed() {
    return Collections.unmodifiableSet(allowed);
  }

  private static String message(
      InvitationState from, InvitationEvent event, Set<InvitationEvent> allowed) {
    String now =
        allowed.isEmpty()
            ? "nothing"
            : allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    return "Cannot " + event.verb() + " an invitation that is " + from + "; allowed now: " + now;
  }
}
