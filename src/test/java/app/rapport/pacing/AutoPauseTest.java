package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutoPauseTest {

  static final Safeguards LIMITS = Safeguards.DEFAULTS;

  @Test
  void a_healthy_window_does_not_pause() {
    assertThat(AutoPause.reason(new RecentSends(20, 2, 1, 20, 1), LIMITS)).isEmpty();
  }

  @Test
  void three_bounces_in_a_twenty_send_window_pause_and_say_so() {
    assertThat(AutoPause.reason(new RecentSends(20, 3, 0, 0, 0), LIMITS))
        .contains(
            "Paused automatically: 3 of the last 20 sends bounced (15% of a 20-send window; the"
                + " limit is 10%). Check the addresses, then resume.");
  }

  @Test
  void early_bounces_pause_before_n_sends_have_gone_out() {
    assertThat(AutoPause.reason(new RecentSends(4, 3, 0, 0, 0), LIMITS)).isPresent();
  }

  @Test
  void two_opt_outs_in_twenty_exceed_five_percent() {
    assertThat(AutoPause.reason(new RecentSends(20, 0, 1, 0, 0), LIMITS)).isEmpty();
    assertThat(AutoPause.reason(new RecentSends(20, 0, 2, 0, 0), LIMITS).orElseThrow())
        .contains(
            "2 of the last 20 recipients opted out (10% of a 20-send window; the limit is 5%)");
  }

  @Test
  void no_acceptance_in_twenty_week_old_sends_pauses() {
    assertThat(AutoPause.reason(new RecentSends(20, 0, 0, 20, 0), LIMITS).orElseThrow())
        .contains("0 of the last 20 sends older than 7 days were accepted (0%; the floor is 5%)");
    assertThat(AutoPause.reason(new RecentSends(20, 0, 0, 19, 0), LIMITS)).isEmpty();
    assertThat(AutoPause.reason(new RecentSends(20, 0, 0, 20, 1), LIMITS)).isEmpty();
  }

  @Test
  void limits_are_per_campaign() {
    Safeguards strict = new Safeguards(10, 0.0, 0.0, 0.2, 0.3, Duration.ofDays(3));
    assertThat(AutoPause.reason(new RecentSends(10, 1, 0, 0, 0), strict)).isPresent();
    assertThat(AutoPause.reason(new RecentSends(10, 0, 0, 10, 1), strict).orElseThrow())
        .contains("older than 3 days");
  }
}
