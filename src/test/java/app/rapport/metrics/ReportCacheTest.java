package app.rapport.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportCacheTest {

  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final ReportCache<String, String> cache =
      new ReportCache<>(10, report -> 1, Duration.ZERO);

  private void keep(String key, String report, long version, Instant at) {
    cache.store(key, new ReportCache.Snapshot<>(report, version, at));
  }

  @Test
  void nothing_kept_is_missing() {
    assertThat(cache.lookup("ada", 1, MINUTE, NOON)).isInstanceOf(ReportCache.Missing.class);
  }

  @Test
  void a_report_of_the_current_version_is_current_however_old() {
    keep("ada", "report v3", 3, NOON);

    assertThat(cache.lookup("ada", 3, Duration.ZERO, NOON.plus(Duration.ofDays(30))))
        .isEqualTo(new ReportCache.Current<>(new ReportCache.Snapshot<>("report v3", 3, NOON)));
  }

  @Test
  void after_a_change_a_report_within_the_accepted_age_is_stale_and_one_caller_refreshes_it() {
    keep("ada", "report v3", 3, NOON);

    ReportCache.Lookup<String> first = cache.lookup("ada", 4, MINUTE, NOON.plus(MINUTE));
    ReportCache.Lookup<String> second = cache.lookup("ada", 4, MINUTE, NOON.plusSeconds(30));

    assertThat(first).isInstanceOf(ReportCache.Stale.class);
    assertThat(((ReportCache.Stale<String>) first).snapshot().value()).isEqualTo("report v3");
    assertThat(((ReportCache.Stale<String>) first).refresh()).isTrue();
    assertThat(((ReportCache.Stale<String>) second).refresh())
        .as("a refresh is already under way")
        .isFalse();
  }

  @Test
  void once_a_refresh_is_over_the_next_stale_lookup_may_start_another() {
    keep("ada", "report v3", 3, NOON);
    cache.lookup("ada", 4, MINUTE, NOON);
    cache.refreshed("ada"); // it failed: nothing stored

    ReportCache.Lookup<String> again = cache.lookup("ada", 4, MINUTE, NOON);
    assertThat(((ReportCache.Stale<String>) again).refresh()).isTrue();
  }

  @Test
  void a_stale_report_is_refreshed_no_sooner_than_the_refresh_interval_after_it_was_computed() {
    ReportCache<String, String> patient = new ReportCache<>(10, report -> 1, MINUTE);
    patient.store("ada", new ReportCache.Snapshot<>("report v3", 3, NOON));
    Duration hour = Duration.ofHours(1);

    ReportCache.Lookup<String> early = patient.lookup("ada", 4, hour, NOON.plusSeconds(59));
    ReportCache.Lookup<String> due = patient.lookup("ada", 4, hour, NOON.plus(MINUTE));

    assertThat(((ReportCache.Stale<String>) early).refresh()).isFalse();
    assertThat(((ReportCache.Stale<String>) due).refresh()).isTrue();
  }

  @Test
  void after_a_change_a_report_older_than_the_accepted_age_is_missing() {
    keep("ada", "report v3", 3, NOON);

    assertThat(cache.lookup("ada", 4, MINUTE, NOON.plus(MINUTE).plusMillis(1)))
        .isInstanceOf(ReportCache.Missing.class);
    assertThat(cache.lookup("ada", 4, Duration.ZERO, NOON.plusMillis(1)))
        .as("an exact request accepts no change")
        .isInstanceOf(ReportCache.Missing.class);
  }

  @Test
  void a_report_of_newer_data_than_the_caller_read_is_current() {
    keep("ada", "report v5", 5, NOON);

    assertThat(cache.lookup("ada", 4, Duration.ZERO, NOON)).isInstanceOf(ReportCache.Current.class);
  }

  @Test
  void a_slow_computation_of_older_data_never_replaces_a_newer_report() {
    keep("ada", "report v5", 5, NOON);
    keep("ada", "report v4", 4, NOON.plus(MINUTE));

    ReportCache.Lookup<String> found = cache.lookup("ada", 5, Duration.ZERO, NOON);
    assertThat(((ReportCache.Current<String>) found).snapshot().value()).isEqualTo("report v5");
  }

  @Test
  void keys_are_kept_apart() {
    keep("ada|UTC", "ada in UTC", 3, NOON);

    assertThat(cache.lookup("ada|Europe/Berlin", 3, MINUTE, NOON))
        .isInstanceOf(ReportCache.Missing.class);
    assertThat(cache.lookup("grace|UTC", 3, MINUTE, NOON)).isInstanceOf(ReportCache.Missing.class);
  }

  @Test
  void the_cache_holds_no_more_than_its_limit() {
    for (int i = 0; i < 50; i++) {
      keep("owner-" + i, "report", 1, NOON);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(10);
  }
}
