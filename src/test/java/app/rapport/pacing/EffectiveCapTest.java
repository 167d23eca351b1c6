package app.rapport.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectiveCapTest {

  static final Safeguards LIMITS = Safeguards.DEFAULTS;

  @Test
  void a_healthy_campaign_without_capacity_keeps_its_cap() {
    EffectiveCap cap =
        EffectiveCap.of(30, Capacity.UNLIMITED, new RecentSends(20, 0, 0, 20, 6), LIMITS);
    assertThat(cap.effectiveCap()).isEqualTo(30);
    assertThat(cap.reasons()).isEmpty();
  }

  @Test
  void acceptance_below_the_slowdown_level_halves_the_cap_rounding_up() {
    EffectiveCap cap =
        EffectiveCap.of(25, Capacity.UNLIMITED, new RecentSends(20, 0, 0, 20, 1), LIMITS);
    assertThat(cap.effectiveCap()).isEqualTo(13);
    assertThat(cap.reasons())
        .containsExactly(
            "1 of the last 20 sends older than 7 days were accepted (5%, below 10%): the cap is"
                + " halved until acceptance recovers.");
  }

  @Test
  void acceptance_is_not_judged_before_n_sends_have_matured() {
    EffectiveCap cap =
        EffectiveCap.of(30, Capacity.UNLIMITED, new RecentSends(20, 0, 0, 19, 0), LIMITS);
    assertThat(cap.effectiveCap()).isEqualTo(30);
  }

  @Test
  void the_cap_recovers_once_acceptance_is_back_at_the_level() {
    EffectiveCap cap =
        EffectiveCap.of(30, Capacity.UNLIMITED, new RecentSends(20, 0, 0, 20, 2), LIMITS);
    assertThat(cap.effectiveCap()).isEqualTo(30);
  }

  @Test
  void accepted_invitations_waiting_for_a_meeting_scale_the_cap_down_to_zero() {
    RecentSends fine = new RecentSends(20, 0, 0, 20, 5);
    assertThat(EffectiveCap.of(30, new Capacity(4, 0), fine, LIMITS).effectiveCap()).isEqualTo(30);
    assertThat(EffectiveCap.of(30, new Capacity(4, 1), fine, LIMITS).effectiveCap()).isEqualTo(23);
    assertThat(EffectiveCap.of(30, new Capacity(4, 3), fine, LIMITS).effectiveCap()).isEqualTo(8);
    EffectiveCap full = EffectiveCap.of(30, new Capacity(4, 4), fine, LIMITS);
    assertThat(full.effectiveCap()).isZero();
    assertThat(full.reasons().getFirst()).startsWith("4 accepted invitations wait for a meeting");
    assertThat(EffectiveCap.of(30, new Capacity(4, 9), fine, LIMITS).effectiveCap()).isZero();
  }

  @Test
  void zero_coffees_a_week_stops_sending() {
    assertThat(EffectiveCap.of(30, new Capacity(0, 0), RecentSends.NONE, LIMITS).effectiveCap())
        .isZero();
  }

  @Test
  void both_brakes_apply_one_after_the_other() {
    EffectiveCap cap =
        EffectiveCap.of(30, new Capacity(2, 1), new RecentSends(20, 0, 0, 20, 1), LIMITS);
    assertThat(cap.effectiveCap()).isEqualTo(8);
    assertThat(cap.reasons()).hasSize(2);
  }

  @Test
  void a_brake_alone_never_turns_a_cap_of_one_into_zero() {
    assertThat(
            EffectiveCap.of(1, new Capacity(5, 4), new RecentSends(20, 0, 0, 20, 0), LIMITS)
                .effectiveCap())
        .isEqualTo(1);
  }
}
