package app.rapport.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

  static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  @Test
  void a_client_gets_its_burst_then_is_refused() {
    ClientBuckets buckets = new ClientBuckets(3, 60, 100);
    assertThat(buckets.take("a", T0)).isTrue();
    assertThat(buckets.take("a", T0)).isTrue();
    assertThat(buckets.take("a", T0)).isTrue();
    assertThat(buckets.take("a", T0)).isFalse();
    assertThat(buckets.take("b", T0)).isTrue();
  }

  @Test
  void tokens_come_back_at_the_rate_per_minute() {
    ClientBuckets buckets = new ClientBuckets(1, 60, 100);
    assertThat(buckets.take("a", T0)).isTrue();
    assertThat(buckets.take("a", T0.plusMillis(500))).isFalse();
    assertThat(buckets.take("a", T0.plusSeconds(2))).isTrue();
  }

  @Test
  void a_clock_moved_back_does_not_stall_the_bucket_for_good() {
    ClientBuckets buckets = new ClientBuckets(1, 60, 100);
    assertThat(buckets.take("a", T0)).isTrue();
    assertThat(buckets.take("a", T0.minus(Duration.ofDays(1)))).isFalse();
    assertThat(buckets.take("a", T0.minus(Duration.ofDays(1)).plusSeconds(2))).isTrue();
  }

  @Test
  void idle_clients_are_forgotten_when_the_table_is_full() {
    ClientBuckets buckets = new ClientBuckets(1, 60, 2);
    buckets.take("a", T0);
    buckets.take("b", T0);
    assertThat(buckets.take("c", T0.plusSeconds(5))).isTrue();
    assertThat(buckets.take("a", T0.plusSeconds(5))).isTrue();
  }
}
