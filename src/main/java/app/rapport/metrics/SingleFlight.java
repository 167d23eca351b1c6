package app.rapport.metrics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One computation per key at a time: a caller that finds one under way waits for its result instead
 * of starting another, unless that result does not satisfy it (it was computed from older data than
 * the caller has seen), in which case it computes, or waits, again. Plain Java.
 *
 * @param <K> what is computed
 * @param <V> the result
 */
final class SingleFlight<K, V> {

  private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

  /**
   * The result of {@code work} for {@code key}: computed by this caller, or by the one already
   * computing it if {@code enough} accepts that result. A failure reaches every caller waiting for
   * it.
   */
  V run(K key, Supplier<V> work, Predicate<V> enough) {
    while (true) {
      CompletableFuture<V> mine = new CompletableFuture<>();
      CompletableFuture<V> other = running.putIfAbsent(key, mine);
      if (other == null) {
        try {
          V result = work.get();
          mine.complete(result);
          return result;
        } catch (RuntimeException | Error e) {
          mine.completeExceptionally(e);
          throw e;
        } finally {
          running.remove(key, mine);
        }
      }
      V result = awaitResult(other);
      if (enough.test(result)) {
        return result;
      }
      running.remove(key, other); // done, and not enough: make way for a new computation
    }
  }

  private static <V> V awaitResult(CompletableFuture<V> other) {
    try {
      return other.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
