package app.rapport.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-in refused because of too many failures: an {@link AuthenticationFailedException} (so
 * every part of Quarkus treats it as a failed sign-in) that carries when to try again, which {@code
 * ProblemMappers} turns into a 429 with {@code Retry-After}.
 *
 * @param retryAt the first instant a new try is accepted
 * @param seconds whole seconds from the refusal to {@code retryAt}, at least 1
 */
public record TooManyAttempts(Instant retryAt, long seconds) {

  private static final String RETRY_AT = "rapport.retry-at";
  private static final String RETRY_AFTER = "rapport.retry-after";

  /** The failure to throw at {@code now} for a try refused until {@code retryAt}. */
  public static AuthenticationFailedException until(Instant retryAt, Instant now) {
    Duration wait = Duration.between(now, retryAt);
    long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    return new AuthenticationFailedException(
        "Too many failed sign-ins", Map.of(RETRY_AT, retryAt, RETRY_AFTER, seconds));
  }

  /** The refusal {@code failure} (or one of its causes) carries, if it is one. */
  public static Optional<TooManyAttempts> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthenticationFailedException refused
          && refused.getAttribute(RETRY_AT) instanceof Instant at
          && refused.getAttribute(RETRY_AFTER) instanceof Long seconds) {
        return Optional.of(new TooManyAttempts(at, seconds));
      }
    }
    return Optional.empty();
  }

  /** What the caller is told: when to try again, in words. */
  public String detail() {
    Instant shown = retryAt.plusNanos(999_999_999L).truncatedTo(ChronoUnit.SECONDS);
    return "Too many failed sign-ins from this account or address. Try again in "
        + seconds
        + " s (after "
        + shown
        + ").";
  }
}
