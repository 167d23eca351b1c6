package app.rapport.draft.lifecycle;

import static app.rapport.draft.lifecycle.InvitationEvent.ACCEPT;
import static app.rapport.draft.lifecycle.InvitationEvent.APPROVE;
import static app.rapport.draft.lifecycle.InvitationEvent.BOUNCE;
import static app.rapport.draft.lifecycle.InvitationEvent.CLAIM;
import static app.rapport.draft.lifecycle.InvitationEvent.DECLINE;
import static app.rapport.draft.lifecycle.InvitationEvent.DELIVERED;
import static app.rapport.draft.lifecycle.InvitationEvent.EDIT;
import static app.rapport.draft.lifecycle.InvitationEvent.EXPIRE;
import static app.rapport.draft.lifecycle.InvitationEvent.FAIL;
import static app.rapport.draft.lifecycle.InvitationEvent.LOSE;
import static app.rapport.draft.lifecycle.InvitationEvent.MARK_SENT;
import static app.rapport.draft.lifecycle.InvitationEvent.MEET;
import static app.rapport.draft.lifecycle.InvitationEvent.OPT_OUT;
import static app.rapport.draft.lifecycle.InvitationEvent.REJECT;
import static app.rapport.draft.lifecycle.InvitationEvent.REOPEN;
import static app.rapport.draft.lifecycle.InvitationEvent.REPLY;
import static app.rapport.draft.lifecycle.InvitationEvent.RETRY_LATER;
import static app.rapport.draft.lifecycle.InvitationEvent.SEND_AGAIN;
import static app.rapport.draft.lifecycle.InvitationEvent.SKIP_TASK;
import static app.rapport.draft.lifecycle.InvitationEvent.UNAPPROVE;
import static app.rapport.draft.lifecycle.InvitationEvent.WITHDRAW;
import static app.rapport.draft.lifecycle.InvitationState.ACCEPTED;
import static app.rapport.draft.lifecycle.InvitationState.APPROVED;
import static app.rapport.draft.lifecycle.InvitationState.BOUNCED;
import static app.rapport.draft.lifecycle.InvitationState.DECLINED;
import static app.rapport.draft.lifecycle.InvitationState.DRAFTED;
import static app.rapport.draft.lifecycle.InvitationState.FAILED;
import static app.rapport.draft.lifecycle.InvitationState.MET;
import static app.rapport.draft.lifecycle.InvitationState.NO_REPLY;
import static app.rapport.draft.lifecycle.InvitationState.OPTED_OUT;
import static app.rapport.draft.lifecycle.InvitationState.REJECTED;
import static app.rapport.draft.lifecycle.InvitationState.REPLIED;
import static app.rapport.draft.lifecycle.InvitationState.SENDING;
import static app.rapport.draft.lifecycle.InvitationState.SENT;
import static app.rapport.draft.lifecycle.InvitationState.UNKNOWN;
import static app.rapport.draft.lifecycle.InvitationState.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invitation state machine: one table of every allowed move, read top to bottom like the flow
 * in ARCHITECTURE.md. Anything not in the table is an {@link IllegalTransition}.
 *
 * <p>Answers follow one rule: <b>the last answer wins, opt-out is final</b>. A recipient may change
 * an accept into a decline and back; an opt-out is honoured from every state in which the message
 * may have reached them, and nothing leaves {@code OPTED_OUT}.
 *
 * <p>Repeats are explicit rows ({@link #isRepeat}): the same answer posted twice, a double-clicked
 * approve. {@link #next} returns the current state for them, so the caller can answer 200 without
 * writing anything. A self-move that is not a repeat ({@code EDIT} on a draft) is real work: the
 * text changed and the guard runs again.
 *
 * <p>Beyond the arrows of the flow diagram, evidence of delivery resolves {@code UNKNOWN}: an
 * answer or a delivery report for an unknown send proves it went out, so it is recorded rather than
 * refused.
 */
public final class InvitationLifecycle {

  private record Row(
      InvitationState from, InvitationEvent event, InvitationState to, boolean repeat) {}

  private static final List<Row> TABLE =
      List.of(
          // review
          move(DRAFTED, EDIT, DRAFTED),
          move(DRAFTED, APPROVE, APPROVED),
          move(DRAFTED, REJECT, REJECTED),
          repeat(APPROVED, APPROVE),
          move(APPROVED, UNAPPROVE, DRAFTED),
          move(APPROVED, EDIT, DRAFTED),
          move(APPROVED, REJECT, REJECTED),
          repeat(REJECTED, REJECT),
          move(REJECTED, REOPEN, DRAFTED),
          // dispatch
          move(APPROVED, CLAIM, SENDING),
          move(SENDING, DELIVERED, SENT),
          move(SENDING, RETRY_LATER, APPROVED),
          move(SENDING, SKIP_TASK, APPROVED),
          move(SENDING, FAIL, FAILED),
          move(SENDING, BOUNCE, BOUNCED),
          move(SENDING, LOSE, UNKNOWN),
          move(SENT, BOUNCE, BOUNCED),
          move(FAILED, SEND_AGAIN, APPROVED),
          // unknown outcome: the user decides, or evidence decides
          move(UNKNOWN, MARK_SENT, SENT),
          move(UNKNOWN, SEND_AGAIN, APPROVED),
          move(UNKNOWN, BOUNCE, BOUNCED),
          move(UNKNOWN, REPLY, REPLIED),
          move(UNKNOWN, ACCEPT, ACCEPTED),
          move(UNKNOWN, DECLINE, DECLINED),
          move(UNKNOWN, OPT_OUT, OPTED_OUT),
          // answers: last answer wins, opt-out is final
          move(SENT, REPLY, REPLIED),
          move(SENT, ACCEPT, ACCEPTED),
          move(SENT, DECLINE, DECLINED),
          move(SENT, OPT_OUT, OPTED_OUT),
          move(SENT, EXPIRE, NO_REPLY),
          move(SENT, WITHDRAW, WITHDRAWN),
          move(NO_REPLY, REPLY, REPLIED),
          move(NO_REPLY, ACCEPT, ACCEPTED),
          move(NO_REPLY, DECLINE, DECLINED),
          move(NO_REPLY, OPT_OUT, OPTED_OUT),
          move(NO_REPLY, WITHDRAW, WITHDRAWN),
          repeat(REPLIED, REPLY),
          move(REPLIED, ACCEPT, ACCEPTED),
          move(REPLIED, DECLINE, DECLINED),
          move(REPLIED, OPT_OUT, OPTED_OUT),
          move(REPLIED, MEET, MET),
          repeat(ACCEPTED, ACCEPT),
          move(ACCEPTED, DECLINE, DECLINED),
          move(ACCEPTED, OPT_OUT, OPTED_OUT),
          move(ACCEPTED, MEET, MET),
          repeat(DECLINED, DECLINE),
          move(DECLINED, ACCEPT, ACCEPTED),
          move(DECLINED, OPT_OUT, OPTED_OUT),
          repeat(MET, MEET),
          move(MET, OPT_OUT, OPTED_OUT),
          repeat(WITHDRAWN, WITHDRAW),
          move(WITHDRAWN, OPT_OUT, OPTED_OUT),
          repeat(OPTED_OUT, OPT_OUT));

  private static final Map<InvitationState, Map<InvitationEvent, Row>> BY_STATE = index();

  private InvitationLifecycle() {}

  /**
   * The state after {@code event}; the same state for a repeat ({@link #isRepeat}).
   *
   * @throws IllegalTransition when the event is not allowed in {@code from}
   */
  public static InvitationState next(InvitationState from, InvitationEvent event) {
    Row row = BY_STATE.get(from).get(event);
    if (row == null) {
      throw new IllegalTransition(from, event, allowedEvents(from));
    }
    return row.to();
  }

  /** The events allowed in {@code from}, repeats included, in declaration order. */
  public static Set<InvitationEvent> allowedEvents(InvitationState from) {
    Set<InvitationEvent> allowed = EnumSet.noneOf(InvitationEvent.class);
    allowed.addAll(BY_STATE.get(from).keySet());
    return Collections.unmodifiableSet(allowed);
  }

  public static boolean allows(InvitationState from, InvitationEvent event) {
    return BY_STATE.get(from).containsKey(event);
  }

  /**
   * True when {@code event} in {@code from} is an allowed repeat of what already happened (the same
   * answer again, a second approve): nothing to record, and the caller reports success.
   */
  public static boolean isRepeat(InvitationState from, InvitationEvent event) {
    Row row = BY_STATE.get(from).get(event);
    return row != null && row.repeat();
  }

  private static Row move(InvitationState from, InvitationEvent event, InvitationState to) {
    return new Row(from, event, to, false);
  }

  private static Row repeat(InvitationState state, InvitationEvent event) {
    return new Row(state, event, state, true);
  }

  private static Map<InvitationState, Map<InvitationEvent, Row>> index() {
    Map<InvitationState, Map<InvitationEvent, Row>> byState = new EnumMap<>(InvitationState.class);
    for (InvitationState state : InvitationState.values()) {
      byState.put(state, new EnumMap<>(InvitationEvent.class));
    }
    for (Row row : TABLE) {
      if (byState.get(row.from()).put(row.event(), row) != null) {
        throw new IllegalStateException("Two rows for " + row.from() + " + " + row.event());
      }
    }
    return byState;
  }
}
