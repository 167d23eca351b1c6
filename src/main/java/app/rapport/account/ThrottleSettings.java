package app.rapport.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Brute-force limits for sign-in and API tokens. Kept in memory by each replica: with N replicas
 * behind a load balancer an attacker gets at most N times the guesses.
 */
@ConfigMapping(prefix = "rapport.security.throttle")
public interface ThrottleSettings {

  /** Failed passwords one account may have before each further try waits. */
  @WithDefault("5")
  int accountFreeFailures();

  /**
   * Failed passwords or tokens one client address may have before each further try waits. Higher
   * than per account: an office behind one NAT address shares it, and typos add up.
   */
  @WithDefault("20")
  int addressFreeFailures();

  /** The first wait; it doubles with each further failure. */
  @WithDefault("PT1S")
  Duration firstDelay();

  /** The longest wait. */
  @WithDefault("PT15M")
  Duration maxDelay();

  /** A key with no failure for this long after its wait is forgotten. */
  @WithDefault("PT1H")
  Duration forgetAfter();

  /**
   * How long a sign-in or token check may wait for parallel attempts of the same account or address
   * to be checked before it is refused (429).
   */
  @WithDefault("PT10S")
  Duration maxWait();

  /** Accounts (and, separately, addresses) remembered at most; the oldest go first. */
  @WithDefault("100000")
  int maxKeys();
}
