package app.rapport.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-in refused because of too many failures: an {@link AuthenticationFailedException} (so
 * every part of Quarkus treats it as a failed sign-in) that carries the instant to retry at, which
 * {@code ProblemMappers} turns into a 429 with {@code Retry-After}.
 */
public final class TooManyAttempts {

  static final String RETRY_AT = "rapport.retry-at";

  private TooManyAttempts() {}

  public static AuthenticationFailedException until(Instant retryAt) {
    return new AuthenticationFailedException("Too many failed sign-ins", Map.of(RETRY_AT, retryAt));
  }

  /** The instant to retry at, when {@code failure} (or one of its causes) is such a refusal. */
  public static Optional<Instant> retryAt(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthenticationFailedException refused
          && refused.getAttribute(RETRY_AT) instanceof Instant at) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /** Whole seconds to wait from {@code now}, at least 1, for the {@code Retry-After} header. */
  public static long secondsToWait(Instant retryAt, Instant now) {
    Duration wait = Duration.between(now, retryAt);
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  /** The problem detail shown to the caller: when to try again, in words. */
  public static String detail(Instant retryAt, Instant now) {
    return "Too many failed sign-ins from this account or address. Try again in "
        + secondsToWait(retryAt, now)
        + " s (after "
        + now.plusSeconds(secondsToWait(retryAt, now)).truncatedTo(ChronoUnit.SECONDS)
        + ").";
  }
}
