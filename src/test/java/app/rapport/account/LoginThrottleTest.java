package app.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
  private static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(
          5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000);

  private final SettableClock clock = new SettableClock(Clock.fixed(START, ZoneOffset.UTC));
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, clock);

  private void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.begin(key)).as("attempt %d", i + 1).isEmpty();
    }
  }

  @Test
  void five_failures_are_free_and_the_sixth_try_waits_one_second() {
    fail("ada@example.com", 5);

    assertThat(throttle.begin("ada@example.com")).contains(START.plusSeconds(1));
    clock.advance(Duration.ofMillis(999));
    assertThat(throttle.begin("ada@example.com")).isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(throttle.begin("ada@example.com")).isEmpty();
  }

  @Test
  void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
    fail("ada@example.com", 5);
    long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
    for (long seconds : expectedSeconds) {
      Optional<Instant> refused = throttle.begin("ada@example.com");
      assertThat(refused).contains(clock.instant().plusSeconds(seconds));
      clock.setTo(refused.orElseThrow());
      assertThat(throttle.begin("ada@example.com")).isEmpty();
    }
  }

  @Test
  void a_clock_moved_back_refuses_nobody_who_has_free_tries_left() {
    clock.setTo(START.plus(Duration.ofHours(9)));
    fail("ada@example.com", 1);
    clock.setTo(START); // the demo clock (or a test) moved back

    assertThat(throttle.begin("ada@example.com")).isEmpty();
  }

  @Test
  void a_clock_moved_back_never_makes_a_wait_longer_than_its_delay() {
    clock.setTo(START.plus(Duration.ofHours(9)));
    fail("ada@example.com", 5);
    clock.setTo(START);

    assertThat(throttle.begin("ada@example.com")).contains(START.plusSeconds(1));
  }

  @Test
  void a_refused_try_is_not_counted_and_does_not_lengthen_the_wait() {
    fail("ada@example.com", 5);
    for (int i = 0; i < 50; i++) {
      assertThat(throttle.begin("ada@example.com")).contains(START.plusSeconds(1));
    }
    assertThat(throttle.failures("ada@example.com")).isEqualTo(5);
  }

  @Test
  void a_success_starts_the_account_afresh() {
    fail("ada@example.com", 5);
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.begin("ada@example.com")).isEmpty();
    throttle.succeeded("ada@example.com");

    assertThat(throttle.failures("ada@example.com")).isZero();
    fail("ada@example.com", 5);
  }

  @Test
  void forgiving_takes_back_one_attempt_and_keeps_the_others() {
    fail("192.0.2.7", 3);
    throttle.forgive("192.0.2.7");
    assertThat(throttle.failures("192.0.2.7")).isEqualTo(2);
    throttle.forgive("192.0.2.7");
    throttle.forgive("192.0.2.7");
    throttle.forgive("192.0.2.7");
    assertThat(throttle.failures("192.0.2.7")).isZero();
    assertThat(throttle.size()).isZero();
  }

  @Test
  void an_attempt_in_flight_counts_so_a_parallel_burst_gets_no_extra_guesses() {
    // five requests started at the same instant, none finished yet: the sixth must wait
    fail("ada@example.com", 5);
    assertThat(throttle.begin("ada@example.com")).isPresent();
  }

  @Test
  void keys_are_counted_separately() {
    fail("ada@example.com", 5);
    assertThat(throttle.begin("ada@example.com")).isPresent();
    assertThat(throttle.begin("grace@example.com")).isEmpty();
  }

  @Test
  void a_key_quiet_for_an_hour_after_its_wait_is_forgotten() {
    fail("ada@example.com", 5);
    clock.advance(Duration.ofSeconds(1).plus(Duration.ofHours(1)).plusMillis(1));
    assertThat(throttle.failures("ada@example.com")).isZero();
    fail("ada@example.com", 5);
  }

  @Test
  void the_table_never_holds_more_keys_than_its_limit_and_drops_the_oldest_first() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginThrottle.Limits(
                5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 3),
            clock);
    for (int i = 0; i < 10; i++) {
      small.begin("made-up-" + i + "@example.com");
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.failures("made-up-9@example.com")).isEqualTo(1);
    assertThat(small.failures("made-up-0@example.com")).isZero();
  }
}
