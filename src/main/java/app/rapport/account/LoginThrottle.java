package app.rapport.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off for password and token guesses, per key (an account or a client address).
 * Plain Java: decisions come from counts and the clock only.
 *
 * <p>Once a key has used its free failures, each further failure doubles the wait (first delay,
 * twice that, four times… up to the cap). Attempts refused while waiting are not counted: hammering
 * does not lengthen the wait, it only gets refused.
 *
 * <p>Attempts still being checked are counted as <em>pending</em>. A new attempt that would be over
 * the free allowance if every pending one failed is neither let through nor refused: it is told to
 * {@link Wait} until one of them settles, and then asks again. So a burst of parallel guesses gets
 * no more checks than a sequence would, and a burst of parallel requests with the right password (a
 * script, a page loading in parallel) all succeed, a few at a time, instead of being refused.
 *
 * <p>A key that stays quiet for {@code forgetAfter} is forgotten, a pending attempt never settled
 * within {@code forgetAfter} stops holding others back, and the table never holds more than {@code
 * maxKeys} keys, so an attacker cycling through made-up accounts cannot exhaust memory.
 */
public final class LoginThrottle {

  /**
   * How many failures may happen before waits start ({@code freeFailures}: 5 means the sixth try
   * waits), how the wait grows, when a quiet key is forgotten, and how many keys are remembered.
   */
  public record Limits(
      int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxKeys) {

    public Limits {
      if (freeFailures < 0 || maxKeys < 1) {
        throw new IllegalArgumentException("freeFailures must be >= 0 and maxKeys >= 1");
      }
      if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
      }
    }

    /**
     * The wait after {@code failures} failures: none before the free ones are used up, then the
     * first delay, doubling with each further failure.
     */
    Duration delayAfter(int failures) {
      int over = failures - freeFailures;
      if (over < 0) {
        return Duration.ZERO;
      }
      if (over > 40) {
        return maxDelay;
      }
      Duration delay = firstDelay.multipliedBy(1L << over);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  /** What {@link #begin} decides for an attempt. */
  public sealed interface Turn permits Go, Wait, Refused {}

  /** Check the password or token now, then settle the attempt exactly once. */
  public record Go() implements Turn {}

  /** Ask again once {@code settled} completes: other attempts for the key are being checked. */
  public record Wait(CompletionStage<Void> settled) implements Turn {}

  /** Refused: try again at {@code until}. Nothing was counted. */
  public record Refused(Instant until) implements Turn {}

  /**
   * One key's record: failures so far and the last one's time, attempts being checked and when the
   * latest began, and the signal for attempts waiting on them (null while nobody waits).
   */
  private record Entry(
      int failures,
      Instant lastFailure,
      int pending,
      Instant lastBegun,
      CompletableFuture<Void> settled) {

    Entry withPending(int newPending, Instant begun) {
      return new Entry(failures, lastFailure, newPending, begun, settled);
    }

    Entry waitedOn() {
      return settled != null ? this : withSettled(new CompletableFuture<>());
    }

    Entry withSettled(CompletableFuture<Void> signal) {
      return new Entry(failures, lastFailure, pending, lastBegun, signal);
    }
  }

  private enum Outcome {
    SUCCEEDED,
    FAILED,
    ABANDONED
  }

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Starts an attempt for {@code key}: {@link Go} (the attempt is now pending until {@link
   * #succeeded}, {@link #failed} or {@link #abandoned} settles it), {@link Wait} or {@link
   * Refused}.
   */
  public Turn begin(String key) {
    Instant now = clock.instant();
    Turn[] turn = new Turn[1];
    CompletableFuture<?>[] stale = new CompletableFuture<?>[1];
    entries.compute(
        key,
        (k, entry) -> {
          Entry current = live(entry, now);
          if (current == null) {
            stale[0] = entry == null ? null : entry.settled();
            turn[0] = new Go();
            return new Entry(0, now, 1, now, null);
          }
          if (current.failures() > 0) {
            Instant until = lastFailure(current, now).plus(limits.delayAfter(current.failures()));
            if (now.isBefore(until)) {
              turn[0] = new Refused(until);
              return current;
            }
          }
          int pending = pendingAt(current, now);
          if (pending > 0 && !limits.delayAfter(current.failures() + pending).isZero()) {
            Entry waited = current.waitedOn();
            turn[0] = new Wait(waited.settled());
            return waited;
          }
          turn[0] = new Go();
          return current.withPending(pending + 1, now);
        });
    wake(stale[0]);
    keepWithinBounds(now);
    return turn[0];
  }

  /** The attempt was right: the key starts afresh (an account after its owner signed in). */
  public void succeeded(String key) {
    settle(key, Outcome.SUCCEEDED);
  }

  /**
   * The attempt was wrong: one more failure, and the back-off starts once the free ones are used.
   */
  public void failed(String key) {
    settle(key, Outcome.FAILED);
  }

  /**
   * The attempt ended without a verdict (the client left, the database was down, or it was right
   * but must not wipe this key's failures, as for a shared client address): nothing is counted.
   */
  public void abandoned(String key) {
    settle(key, Outcome.ABANDONED);
  }

  /** Failures counted for {@code key} (0 once forgotten). */
  public int failures(String key) {
    Entry entry = live(entries.get(key), clock.instant());
    return entry == null ? 0 : entry.failures();
  }

  /** Attempts of {@code key} begun and not settled yet. */
  public int pending(String key) {
    Instant now = clock.instant();
    Entry entry = live(entries.get(key), now);
    return entry == null ? 0 : pendingAt(entry, now);
  }

  /** Keys currently remembered. */
  public int size() {
    return entries.size();
  }

  private void settle(String key, Outcome outcome) {
    Instant now = clock.instant();
    CompletableFuture<?>[] waiting = new CompletableFuture<?>[1];
    entries.compute(
        key,
        (k, entry) -> {
          Entry current = live(entry, now);
          int failures = current == null ? 0 : current.failures();
          Instant lastFailure = current == null ? now : current.lastFailure();
          int pending = current == null ? 0 : Math.max(0, pendingAt(current, now) - 1);
          Instant lastBegun = current == null ? now : current.lastBegun();
          waiting[0] = current == null ? null : current.settled();
          switch (outcome) {
            case SUCCEEDED -> failures = 0;
            case FAILED -> {
              failures++;
              lastFailure = now;
            }
            case ABANDONED -> {}
          }
          if (failures == 0 && pending == 0) {
            return null;
          }
          return new Entry(failures, lastFailure, pending, lastBegun, null);
        });
    wake(waiting[0]);
  }

  /**
   * Lets waiting attempts ask again. Called outside {@code compute()}: a waiter asks again at once,
   * on this thread, and must not re-enter the map while it is being updated.
   */
  private static void wake(CompletableFuture<?> waiting) {
    if (waiting != null) {
      waiting.complete(null);
    }
  }

  /**
   * Attempts still pending as seen at {@code now}: none once the latest began longer than {@code
   * forgetAfter} ago, as no check takes that long and a lost one must not hold the key forever.
   */
  private int pendingAt(Entry entry, Instant now) {
    return now.isAfter(entry.lastBegun().plus(limits.forgetAfter())) ? 0 : entry.pending();
  }

  private Entry live(Entry entry, Instant now) {
    if (entry == null) {
      return null;
    }
    if (pendingAt(entry, now) > 0) {
      return entry;
    }
    Instant quietSince = lastFailure(entry, now).plus(limits.delayAfter(entry.failures()));
    return now.isAfter(quietSince.plus(limits.forgetAfter())) ? null : entry;
  }

  /**
   * When the last failure happened, as seen from {@code now}: never later than now. The clock is
   * the service's, which an admin may move back for a demo (and tests do); a failure recorded "in
   * the future" would otherwise refuse every try until the clock caught up.
   */
  private static Instant lastFailure(Entry entry, Instant now) {
    return entry.lastFailure().isAfter(now) ? now : entry.lastFailure();
  }

  private void keepWithinBounds(Instant now) {
    if (entries.size() <= limits.maxKeys()) {
      return;
    }
    entries
        .entrySet()
        .removeIf(
            e -> {
              boolean dead = live(e.getValue(), now) == null;
              if (dead) {
                wake(e.getValue().settled());
              }
              return dead;
            });
    while (entries.size() > limits.maxKeys()) {
      entries.entrySet().stream()
          .min(Comparator.comparing(e -> latest(e.getValue())))
          .ifPresent(
              oldest -> {
                if (entries.remove(oldest.getKey(), oldest.getValue())) {
                  wake(oldest.getValue().settled());
                }
              });
    }
  }

  private static Instant latest(Entry entry) {
    return entry.lastFailure().isAfter(entry.lastBegun()) ? entry.lastFailure() : entry.lastBegun();
  }
}
