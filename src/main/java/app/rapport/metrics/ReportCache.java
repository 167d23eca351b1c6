package app.rapport.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Computed reports kept per key with the data version they were computed from and when. Plain Java
 * (Caffeine bounds the memory): the caller reads the current version, looks up, and decides.
 *
 * <p>A lookup is {@link Current} when the kept report was computed from the current data, {@link
 * Stale} when the data changed since but the report is no older than the caller accepts (exactly
 * one caller per key is then asked to refresh it), and {@link Missing} otherwise.
 *
 * @param <K> what a report is about (owner, campaign, zone)
 * @param <V> the report
 */
public final class ReportCache<K, V> {

  /** A report as computed from the data at {@code version}, at {@code computedAt}. */
  public record Snapshot<V>(V value, long version, Instant computedAt) {}

  /** What a lookup found. */
  public sealed interface Lookup<V> permits Current, Stale, Missing {}

  /** Computed from the current data: serve it. */
  public record Current<V>(Snapshot<V> snapshot) implements Lookup<V> {}

  /**
   * Computed before the latest change, within the accepted age: serve it marked as such; when
   * {@code refresh}, this caller is the one to recompute it (and to call {@link #refreshed}).
   */
  public record Stale<V>(Snapshot<V> snapshot, boolean refresh) implements Lookup<V> {}

  /** Nothing usable: compute it now. */
  public record Missing<V>() implements Lookup<V> {}

  private final Cache<K, Snapshot<V>> snapshots;
  private final Duration refreshEvery;
  private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

  /**
   * Keeps reports weighing at most {@code maxWeight} in all, by {@code weigher}, the least recently
   * used going first, and refreshes a stale one at most every {@code refreshEvery}.
   */
  public ReportCache(long maxWeight, ToIntFunction<V> weigher, Duration refreshEvery) {
    this.refreshEvery = refreshEvery;
    this.snapshots =
        Caffeine.newBuilder()
            .maximumWeight(maxWeight)
            .<K, Snapshot<V>>weigher((key, snapshot) -> weigher.applyAsInt(snapshot.value()))
            .executor(Runnable::run)
            .build();
  }

  /**
   * Looks up {@code key} for data now at {@code version}, accepting a report computed up to {@code
   * maxAge} before {@code now} when the data has changed since.
   */
  public Lookup<V> lookup(K key, long version, Duration maxAge, Instant now) {
    Snapshot<V> kept = snapshots.getIfPresent(key);
    if (kept == null) {
      return new Missing<>();
    }
    if (kept.version() >= version) {
      return new Current<>(kept);
    }
    if (!kept.computedAt().plus(maxAge).isBefore(now)) {
      boolean due = !kept.computedAt().plus(refreshEvery).isAfter(now);
      return new Stale<>(kept, due && refreshing.add(key));
    }
    return new Missing<>();
  }

  /** Keeps {@code snapshot} unless a report of newer data is already kept. */
  public void store(K key, Snapshot<V> snapshot) {
    snapshots
        .asMap()
        .merge(key, snapshot, (kept, fresh) -> fresh.version() >= kept.version() ? fresh : kept);
  }

  /**
   * The refresh of {@code key} is over, done or failed: the next stale lookup may start another.
   */
  public void refreshed(K key) {
    refreshing.remove(key);
  }

  /** Reports kept (after pending evictions). */
  public long size() {
    snapshots.cleanUp();
    return snapshots.estimatedSize();
  }
}
