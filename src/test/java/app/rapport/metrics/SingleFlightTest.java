package app.rapport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  private final SingleFlight<String, Integer> flight = new SingleFlight<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger computations = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  /** A computation that returns how many have started, once released. */
  private Supplier<Integer> held() {
    return () -> {
      int number = computations.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return number;
    };
  }

  /** Starts {@code call} on another thread and returns once that thread is parked. */
  private <T> Future<T> startedAndWaiting(java.util.concurrent.Callable<T> call) throws Exception {
    AtomicInteger ready = new AtomicInteger();
    Thread[] thread = new Thread[1];
    Future<T> future =
        threads.submit(
            () -> {
              thread[0] = Thread.currentThread();
              ready.incrementAndGet();
              return call.call();
            });
    await().atMost(Duration.ofSeconds(10)).until(() -> ready.get() == 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> thread[0].getState() == Thread.State.WAITING);
    return future;
  }

  @Test
  void a_caller_arriving_during_a_computation_waits_for_it_instead_of_computing_again()
      throws Exception {
    Future<Integer> first = startedAndWaiting(() -> flight.run("ada", held(), r -> true));
    Future<Integer> second = startedAndWaiting(() -> flight.run("ada", held(), r -> true));

    release.countDown();

    assertThat(first.get()).isEqualTo(1);
    assertThat(second.get()).isEqualTo(1);
    assertThat(computations.get()).isEqualTo(1);
  }

  @Test
  void a_result_the_waiting_caller_does_not_accept_is_computed_again() throws Exception {
    Future<Integer> first = startedAndWaiting(() -> flight.run("ada", held(), r -> true));
    Future<Integer> second = startedAndWaiting(() -> flight.run("ada", held(), r -> r >= 2));

    release.countDown();

    assertThat(first.get()).isEqualTo(1);
    assertThat(second.get()).isEqualTo(2);
  }

  @Test
  void different_keys_compute_side_by_side() throws Exception {
    Future<Integer> ada = startedAndWaiting(() -> flight.run("ada", held(), r -> true));
    Future<Integer> grace = startedAndWaiting(() -> flight.run("grace", held(), r -> true));

    release.countDown();

    assertThat(ada.get() + grace.get()).isEqualTo(3);
    assertThat(computations.get()).isEqualTo(2);
  }

  @Test
  void a_failure_reaches_the_waiting_callers_and_the_next_caller_computes_afresh()
      throws Exception {
    Supplier<Integer> failing =
        () -> {
          held().get();
          throw new IllegalStateException("database gone");
        };
    Future<Integer> first = startedAndWaiting(() -> flight.run("ada", failing, r -> true));
    Future<Integer> second = startedAndWaiting(() -> flight.run("ada", held(), r -> true));

    release.countDown();

    assertThatThrownBy(first::get).hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(second::get).hasRootCauseMessage("database gone");
    assertThat(flight.run("ada", () -> 42, r -> true)).isEqualTo(42);
  }
}
