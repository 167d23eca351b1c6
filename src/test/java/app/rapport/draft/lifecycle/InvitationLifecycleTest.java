package app.rapport.draft.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InvitationLifecycleTest {

  /**
   * Every allowed move, written out by hand: from, event, to, and whether it is a repeat. The table
   * in {@link InvitationLifecycle} must match this list exactly.
   */
  private static final String EXPECTED =
      """
      DRAFTED    EDIT         DRAFTED    move
      DRAFTED    APPROVE      APPROVED   move
      DRAFTED    REJECT       REJECTED   move
      APPROVED   APPROVE      APPROVED   repeat
      APPROVED   UNAPPROVE    DRAFTED    move
      APPROVED   EDIT         DRAFTED    move
      APPROVED   REJECT       REJECTED   move
      APPROVED   CLAIM        SENDING    move
      REJECTED   REJECT       REJECTED   repeat
      REJECTED   REOPEN       DRAFTED    move
      SENDING    DELIVERED    SENT       move
      SENDING    RETRY_LATER  APPROVED   move
      SENDING    SKIP_TASK    APPROVED   move
      SENDING    FAIL         FAILED     move
      SENDING    BOUNCE       BOUNCED    move
      SENDING    LOSE         UNKNOWN    move
      SENT       BOUNCE       BOUNCED    move
      SENT       REPLY        REPLIED    move
      SENT       ACCEPT       ACCEPTED   move
      SENT       DECLINE      DECLINED   move
      SENT       OPT_OUT      OPTED_OUT  move
      SENT       EXPIRE       NO_REPLY   move
      SENT       WITHDRAW     WITHDRAWN  move
      FAILED     SEND_AGAIN   APPROVED   move
      UNKNOWN    MARK_SENT    SENT       move
      UNKNOWN    SEND_AGAIN   APPROVED   move
      UNKNOWN    BOUNCE       BOUNCED    move
      UNKNOWN    REPLY        REPLIED    move
      UNKNOWN    ACCEPT       ACCEPTED   move
      UNKNOWN    DECLINE      DECLINED   move
      UNKNOWN    OPT_OUT      OPTED_OUT  move
      NO_REPLY   REPLY        REPLIED    move
      NO_REPLY   ACCEPT       ACCEPTED   move
      NO_REPLY   DECLINE      DECLINED   move
      NO_REPLY   OPT_OUT      OPTED_OUT  move
      NO_REPLY   WITHDRAW     WITHDRAWN  move
      REPLIED    REPLY        REPLIED    repeat
      REPLIED    ACCEPT       ACCEPTED   move
      REPLIED    DECLINE      DECLINED   move
      REPLIED    OPT_OUT      OPTED_OUT  move
      REPLIED    MEET         MET        move
      ACCEPTED   ACCEPT       ACCEPTED   repeat
      ACCEPTED   DECLINE      DECLINED   move
      ACCEPTED   OPT_OUT      OPTED_OUT  move
      ACCEPTED   MEET         MET        move
      DECLINED   DECLINE      DECLINED   repeat
      DECLINED   ACCEPT       ACCEPTED   move
      DECLINED   OPT_OUT      OPTED_OUT  move
      MET        MEET         MET        repeat
      MET        OPT_OUT      OPTED_OUT  move
      WITHDRAWN  WITHDRAW     WITHDRAWN  repeat
      WITHDRAWN  OPT_OUT      OPTED_OUT  move
      OPTED_OUT  OPT_OUT      OPTED_OUT  repeat
      """;

  record Expected(
      InvitationState from, InvitationEvent event, InvitationState to, boolean repeat) {}

  static Stream<Expected> expected() {
    return EXPECTED
        .lines()
        .map(line -> line.trim().split("\\s+"))
        .map(
            f ->
                new Expected(
                    InvitationState.valueOf(f[0]),
                    InvitationEvent.valueOf(f[1]),
                    InvitationState.valueOf(f[2]),
                    f[3].equals("repeat")));
  }

  static Stream<Expected> forbidden() {
    Set<String> allowed = new HashSet<>();
    expected().forEach(e -> allowed.add(e.from() + " " + e.event()));
    return Arrays.stream(InvitationState.values())
        .flatMap(
            from ->
                Arrays.stream(InvitationEvent.values())
                    .filter(event -> !allowed.contains(from + " " + event))
                    .map(event -> new Expected(from, event, null, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void every_listed_move_is_allowed_and_lands_where_listed(Expected move) {
    assertThat(InvitationLifecycle.allows(move.from(), move.event())).isTrue();
    assertThat(InvitationLifecycle.next(move.from(), move.event())).isEqualTo(move.to());
    assertThat(InvitationLifecycle.isRepeat(move.from(), move.event())).isEqualTo(move.repeat());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbidden")
  void every_move_not_listed_is_refused_with_what_is_allowed_instead(Expected move) {
    assertThat(InvitationLifecycle.allows(move.from(), move.event())).isFalse();
    assertThat(InvitationLifecycle.isRepeat(move.from(), move.event())).isFalse();
    assertThatThrownBy(() -> InvitationLifecycle.next(move.from(), move.event()))
        .isInstanceOfSatisfying(
            IllegalTransition.class,
            e -> {
              assertThat(e.from()).isEqualTo(move.from());
              assertThat(e.event()).isEqualTo(move.event());
              assertThat(e.allowed()).isEqualTo(InvitationLifecycle.allowedEvents(move.from()));
            });
  }

  @ParameterizedTest
  @CsvSource({
    "SENT, APPROVE",
    "DRAFTED, CLAIM",
    "APPROVED, DELIVERED",
    "SENDING, APPROVE",
    "SENDING, OPT_OUT",
    "SENT, CLAIM",
    "SENT, SEND_AGAIN",
    "FAILED, MARK_SENT",
    "BOUNCED, SEND_AGAIN",
    "REJECTED, APPROVE",
    "REJECTED, EDIT",
    "DECLINED, MEET",
    "MET, DECLINE",
    "ACCEPTED, REPLY",
    "NO_REPLY, EXPIRE",
    "UNKNOWN, EXPIRE",
    "UNKNOWN, CLAIM",
    "DRAFTED, ACCEPT"
  })
  void refuses_a_sample_of_moves_that_make_no_sense(InvitationState from, InvitationEvent event) {
    assertThat(InvitationLifecycle.allows(from, event)).isFalse();
    assertThatThrownBy(() -> InvitationLifecycle.next(from, event))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void the_refusal_names_the_event_the_state_and_what_is_allowed_now() {
    assertThatThrownBy(
            () -> InvitationLifecycle.next(InvitationState.SENT, InvitationEvent.APPROVE))
        .hasMessage(
            "Cannot approve an invitation that is SENT; allowed now: "
                + "BOUNCE, REPLY, ACCEPT, DECLINE, OPT_OUT, EXPIRE, WITHDRAW");
  }

  @ParameterizedTest
  @EnumSource(value = InvitationEvent.class, names = "OPT_OUT", mode = EnumSource.Mode.EXCLUDE)
  void nothing_but_a_repeated_opt_out_is_accepted_once_opted_out(InvitationEvent event) {
    assertThatThrownBy(() -> InvitationLifecycle.next(InvitationState.OPTED_OUT, event))
        .isInstanceOf(IllegalTransition.class)
        .hasMessageEndingWith("allowed now: OPT_OUT");
  }

  @Test
  void the_same_answer_posted_five_times_stays_one_answer_and_is_a_repeat_each_time() {
    InvitationState state = InvitationLifecycle.next(InvitationState.SENT, InvitationEvent.ACCEPT);
    for (int i = 0; i < 5; i++) {
      assertThat(InvitationLifecycle.isRepeat(state, InvitationEvent.ACCEPT)).isTrue();
      state = InvitationLifecycle.next(state, InvitationEvent.ACCEPT);
    }
    assertThat(state).isEqualTo(InvitationState.ACCEPTED);
  }

  @Test
  void the_last_answer_wins_until_an_opt_out_which_is_final() {
    InvitationState state = InvitationState.SENT;
    state = InvitationLifecycle.next(state, InvitationEvent.ACCEPT);
    state = InvitationLifecycle.next(state, InvitationEvent.DECLINE);
    assertThat(state).isEqualTo(InvitationState.DECLINED);
    state = InvitationLifecycle.next(state, InvitationEvent.ACCEPT);
    assertThat(state).isEqualTo(InvitationState.ACCEPTED);
    state = InvitationLifecycle.next(state, InvitationEvent.OPT_OUT);
    assertThat(state).isEqualTo(InvitationState.OPTED_OUT);
    assertThat(InvitationLifecycle.allows(state, InvitationEvent.ACCEPT)).isFalse();
    assertThat(InvitationLifecycle.allows(state, InvitationEvent.DECLINE)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = InvitationState.class,
      names = {
        "SENT",
        "UNKNOWN",
        "REPLIED",
        "ACCEPTED",
        "DECLINED",
        "NO_REPLY",
        "MET",
        "WITHDRAWN"
      })
  void an_opt_out_is_honoured_from_every_state_where_the_message_may_have_arrived(
      InvitationState from) {
    assertThat(InvitationLifecycle.next(from, InvitationEvent.OPT_OUT))
        .isEqualTo(InvitationState.OPTED_OUT);
    assertThat(InvitationLifecycle.isRepeat(from, InvitationEvent.OPT_OUT)).isFalse();
  }

  @Test
  void editing_a_draft_is_real_work_not_a_repeat() {
    assertThat(InvitationLifecycle.next(InvitationState.DRAFTED, InvitationEvent.EDIT))
        .isEqualTo(InvitationState.DRAFTED);
    assertThat(InvitationLifecycle.isRepeat(InvitationState.DRAFTED, InvitationEvent.EDIT))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(InvitationState.class)
  void a_state_is_terminal_exactly_when_no_event_leads_elsewhere(InvitationState state) {
    boolean leadsElsewhere =
        expected().anyMatch(move -> move.from() == state && move.to() != state);
    assertThat(state.isTerminal()).isEqualTo(!leadsElsewhere);
  }

  @Test
  void only_bounced_and_opted_out_are_terminal() {
    assertThat(Arrays.stream(InvitationState.values()).filter(InvitationState::isTerminal))
        .containsExactly(InvitationState.BOUNCED, InvitationState.OPTED_OUT);
  }

  @Test
  void outcomes_are_the_recipients_responses_not_delivery_problems_or_user_actions() {
    assertThat(Arrays.stream(InvitationState.values()).filter(InvitationState::isOutcome))
        .containsExactly(
            InvitationState.REPLIED,
            InvitationState.ACCEPTED,
            InvitationState.DECLINED,
            InvitationState.OPTED_OUT,
            InvitationState.NO_REPLY,
            InvitationState.MET);
  }

  @Test
  void allowed_events_cannot_be_changed_by_the_caller() {
    Set<InvitationEvent> allowed = InvitationLifecycle.allowedEvents(InvitationState.DRAFTED);
    assertThatThrownBy(() -> allowed.add(InvitationEvent.CLAIM))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_skipped_manual_task_goes_back_to_the_queue_and_can_then_be_dropped() {
    InvitationState state =
        InvitationLifecycle.next(InvitationState.SENDING, InvitationEvent.SKIP_TASK);
    assertThat(state).isEqualTo(InvitationState.APPROVED);
    assertThat(InvitationLifecycle.next(state, InvitationEvent.REJECT))
        .isEqualTo(InvitationState.REJECTED);
  }

  @Test
  void a_lost_send_is_never_retried_without_the_users_say() {
    InvitationState state = InvitationLifecycle.next(InvitationState.SENDING, InvitationEvent.LOSE);
    assertThat(state).isEqualTo(InvitationState.UNKNOWN);
    assertThat(InvitationLifecycle.allows(state, InvitationEvent.CLAIM)).isFalse();
    assertThat(InvitationLifecycle.allows(state, InvitationEvent.RETRY_LATER)).isFalse();
    assertThat(InvitationLifecycle.next(state, InvitationEvent.SEND_AGAIN))
        .isEqualTo(InvitationState.APPROVED);
  }
}
