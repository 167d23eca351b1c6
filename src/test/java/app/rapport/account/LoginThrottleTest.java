package app.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
  private static final String ADA = "ada@example.com";
  private static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(
          5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000);

  private final SettableClock clock = new SettableClock(Clock.fixed(START, ZoneOffset.UTC));
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, clock);

  private void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.begin(key)).as("attempt %d", i + 1).isInstanceOf(LoginThrottle.Go.class);
      throttle.failed(key);
    }
  }

  /** Begins {@code times} attempts that are still being checked. */
  private void startInParallel(String key, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.begin(key)).as("attempt %d", i + 1).isInstanceOf(LoginThrottle.Go.class);
    }
  }

  /** A throttle with {@code freeFailures} free failures that remembers {@code maxKeys} keys. */
  private LoginThrottle withRoomFor(int freeFailures, int maxKeys) {
    return new LoginThrottle(
        new LoginThrottle.Limits(
            freeFailures,
            Duration.ofSeconds(1),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            maxKeys),
        clock);
  }

  private LoginThrottle.Turn refusedUntil(Instant until) {
    return new LoginThrottle.Refused(until);
  }

  private CompletionStage<Void> waitFor(String key) {
    LoginThrottle.Turn turn = throttle.begin(key);
    assertThat(turn).isInstanceOf(LoginThrottle.Wait.class);
    return ((LoginThrottle.Wait) turn).settled();
  }

  @Test
  void five_failures_are_free_and_the_sixth_try_waits_one_second() {
    fail(ADA, 5);

    assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(START.plusSeconds(1)));
    clock.advance(Duration.ofMillis(999));
    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Refused.class);
    clock.advance(Duration.ofMillis(1));
    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Go.class);
  }

  @Test
  void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
    fail(ADA, 5);
    long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
    for (long seconds : expectedSeconds) {
      Instant until = clock.instant().plusSeconds(seconds);
      assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(until));
      clock.setTo(until);
      fail(ADA, 1);
    }
  }

  @Test
  void a_clock_moved_back_refuses_nobody_who_has_free_tries_left() {
    clock.setTo(START.plus(Duration.ofHours(9)));
    fail(ADA, 1);
    clock.setTo(START); // the demo clock (or a test) moved back

    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Go.class);
  }

  @Test
  void a_clock_moved_back_never_makes_a_wait_longer_than_its_delay() {
    clock.setTo(START.plus(Duration.ofHours(9)));
    fail(ADA, 5);
    clock.setTo(START);

    assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(START.plusSeconds(1)));
  }

  @Test
  void a_refused_try_is_not_counted_and_does_not_lengthen_the_wait() {
    fail(ADA, 5);
    for (int i = 0; i < 50; i++) {
      assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(START.plusSeconds(1)));
    }
    assertThat(throttle.failures(ADA)).isEqualTo(5);
  }

  @Test
  void a_success_starts_the_account_afresh() {
    fail(ADA, 5);
    clock.advance(Duration.ofSeconds(1));
    startInParallel(ADA, 1);
    throttle.succeeded(ADA);

    assertThat(throttle.failures(ADA)).isZero();
    assertThat(throttle.size()).isZero();
    fail(ADA, 5);
  }

  @Test
  void an_abandoned_attempt_counts_nothing_and_keeps_earlier_failures() {
    fail("192.0.2.7", 3);
    startInParallel("192.0.2.7", 2);
    throttle.abandoned("192.0.2.7");
    throttle.abandoned("192.0.2.7");

    assertThat(throttle.failures("192.0.2.7")).isEqualTo(3);
    assertThat(throttle.pending("192.0.2.7")).isZero();
  }

  @Test
  void a_parallel_burst_past_the_free_tries_waits_for_the_pending_ones_instead_of_being_refused() {
    startInParallel(ADA, 5);

    CompletionStage<Void> settled = waitFor(ADA);
    assertThat(settled.toCompletableFuture()).isNotDone();
    assertThat(throttle.pending(ADA)).isEqualTo(5);
  }

  @Test
  void when_the_pending_guesses_all_fail_the_waiting_one_is_refused_and_gets_no_check() {
    startInParallel(ADA, 5);
    CompletionStage<Void> settled = waitFor(ADA);

    for (int i = 0; i < 4; i++) {
      throttle.failed(ADA);
      assertThat(settled.toCompletableFuture()).as("woken by failure %d", i + 1).isDone();
      settled = waitFor(ADA); // one still pending: if it fails too, a sixth check is over the limit
    }
    throttle.failed(ADA);

    assertThat(settled.toCompletableFuture()).isDone();
    assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(START.plusSeconds(1)));
    assertThat(throttle.failures(ADA)).isEqualTo(5);
  }

  @Test
  void when_a_pending_attempt_succeeds_the_waiting_one_goes_ahead() {
    startInParallel(ADA, 5);
    CompletionStage<Void> settled = waitFor(ADA);

    throttle.succeeded(ADA);

    assertThat(settled.toCompletableFuture()).isDone();
    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Go.class);
    assertThat(throttle.pending(ADA)).isEqualTo(5);
  }

  @Test
  void past_the_free_tries_attempts_are_checked_one_at_a_time() {
    fail(ADA, 5);
    clock.advance(Duration.ofSeconds(1));
    startInParallel(ADA, 1);

    CompletionStage<Void> settled = waitFor(ADA);
    throttle.failed(ADA);

    assertThat(settled.toCompletableFuture()).isDone();
    assertThat(throttle.begin(ADA)).isEqualTo(refusedUntil(clock.instant().plusSeconds(2)));
  }

  @Test
  void an_attempt_never_settled_stops_holding_others_back_after_an_hour() {
    startInParallel(ADA, 5);
    clock.advance(Duration.ofHours(1).plusMillis(1));

    assertThat(throttle.pending(ADA)).isZero();
    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Go.class);
  }

  @Test
  void keys_are_counted_separately() {
    fail(ADA, 5);
    assertThat(throttle.begin(ADA)).isInstanceOf(LoginThrottle.Refused.class);
    assertThat(throttle.begin("grace@example.com")).isInstanceOf(LoginThrottle.Go.class);
  }

  @Test
  void a_key_quiet_for_an_hour_after_its_wait_is_forgotten() {
    fail(ADA, 5);
    clock.advance(Duration.ofSeconds(1).plus(Duration.ofHours(1)).plusMillis(1));
    assertThat(throttle.failures(ADA)).isZero();
    fail(ADA, 5);
  }

  @Test
  void the_table_never_holds_more_keys_than_its_limit_and_drops_the_oldest_first() {
    LoginThrottle small = withRoomFor(5, 3);
    for (int i = 0; i < 10; i++) {
      small.begin("made-up-" + i + "@example.com");
      small.failed("made-up-" + i + "@example.com");
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.failures("made-up-9@example.com")).isEqualTo(1);
    assertThat(small.failures("made-up-0@example.com")).isZero();
  }

  @Test
  void a_dropped_key_wakes_its_waiting_attempts() {
    LoginThrottle small = withRoomFor(0, 1);
    assertThat(small.begin(ADA)).isInstanceOf(LoginThrottle.Go.class);
    LoginThrottle.Turn waiting = small.begin(ADA);
    assertThat(waiting).isInstanceOf(LoginThrottle.Wait.class);

    clock.advance(Duration.ofMillis(1));
    small.begin("grace@example.com");

    assertThat(((LoginThrottle.Wait) waiting).settled().toCompletableFuture()).isDone();
  }
}
