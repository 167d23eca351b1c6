package app.rapport.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off for password and token guesses, per key (an account or a client address).
 * Plain Java: decisions come from counts and the clock only.
 *
 * <p>An attempt is counted <em>before</em> the password is checked and taken back if it succeeds,
 * so a burst of parallel requests cannot slip extra guesses through while the first ones are still
 * being checked. Once a key has used its free attempts, each further failure doubles the wait
 * (first delay, twice that, four times… up to the cap). Attempts refused while waiting are not
 * counted: hammering does not lengthen the wait, it only gets refused. A key that stays quiet for
 * {@code forgetAfter} is forgotten, and the table never holds more than {@code maxKeys} keys, so an
 * attacker cycling through made-up accounts cannot exhaust memory.
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

  private record Entry(int failures, Instant lastFailure) {}

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Starts an attempt for {@code key}. Empty: go ahead (the attempt now counts as a failure until
   * {@link #succeeded} or {@link #forgive} says otherwise). Present: refused, try again at that
   * instant; nothing is counted.
   */
  public Optional<Instant> begin(String key) {
    Instant now = clock.instant();
    Instant[] refusedUntil = new Instant[1];
    entries.compute(
        key,
        (k, entry) -> {
          Entry current = live(entry, now);
          if (current != null) {
            Instant until = lastFailure(current, now).plus(limits.delayAfter(current.failures()));
            if (now.isBefore(until)) {
              refusedUntil[0] = until;
              return current;
            }
          }
          int failures = current == null ? 1 : current.failures() + 1;
          return new Entry(failures, now);
        });
    keepWithinBounds(now);
    return Optional.ofNullable(refusedUntil[0]);
  }

  /** The attempt succeeded: the key starts afresh (an account after its owner signed in). */
  public void succeeded(String key) {
    entries.remove(key);
  }

  /**
   * Takes back one counted attempt without clearing the rest: a client address whose attempt
   * succeeded, or an account whose attempt was refused for another reason before any check.
   */
  public void forgive(String key) {
    entries.computeIfPresent(
        key,
        (k, entry) ->
            entry.failures() <= 1 ? null : new Entry(entry.failures() - 1, entry.lastFailure()));
  }

  /** Failures counted for {@code key} (0 once forgotten). */
  public int failures(String key) {
    Entry entry = live(entries.get(key), clock.instant());
    return entry == null ? 0 : entry.failures();
  }

  /** Keys currently remembered. */
  public int size() {
    return entries.size();
  }

  private Entry live(Entry entry, Instant now) {
    if (entry == null) {
      return null;
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
    entries.entrySet().removeIf(e -> live(e.getValue(), now) == null);
    while (entries.size() > limits.maxKeys()) {
      entries.entrySet().stream()
          .min(Comparator.comparing(e -> e.getValue().lastFailure()))
          .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
    }
  }
}
