package app.rapport.pacing;

import java.time.Duration;

/**
 * The limits that protect recipients from a campaign that is going badly, read over its last {@code
 * window} sends. Bounces and opt-outs are counted at once; acceptance only over sends old enough to
 * have been answered ({@code maturity}), so a fresh batch does not look like a failure.
 *
 * @param window how many of the latest sends are judged (N)
 * @param maxBounceRate more bounces than this share of N pauses the campaign
 * @param maxOptOutRate more opt-outs than this share of N pauses the campaign
 * @param minAcceptanceRate fewer acceptances than this share of N matured sends pauses it
 * @param slowdownAcceptanceRate fewer acceptances than this share halves the effective daily cap
 * @param maturity how old a send must be before its (lack of) acceptance counts
 */
public record Safeguards(
    int window,
    double maxBounceRate,
    double maxOptOutRate,
    double minAcceptanceRate,
    double slowdownAcceptanceRate,
    Duration maturity) {

  /** 20 sends; pause above 10% bounces or 5% opt-outs, or below 5% acceptance; slow below 10%. */
  public static final Safeguards DEFAULTS =
      new Safeguards(20, 0.10, 0.05, 0.05, 0.10, Duration.ofDays(7));

  public Safeguards {
    if (window < 1) {
      throw new IllegalArgumentException("The window holds at least one send (" + window + ").");
    }
    for (double rate :
        new double[] {maxBounceRate, maxOptOutRate, minAcceptanceRate, slowdownAcceptanceRate}) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("A rate lies between 0 and 1 (" + rate + ").");
      }
    }
    if (maturity == null || maturity.isNegative()) {
      throw new IllegalArgumentException("The maturity is a positive duration.");
    }
  }

  /** True when {@code count} events in the window are more than {@code rate} of it. */
  static boolean above(int count, double rate, int window) {
    return count > rate * window + 1e-9;
  }

  /** True when {@code count} events in the window are fewer than {@code rate} of it. */
  static boolean below(int count, double rate, int window) {
    return count < rate * window - 1e-9;
  }
}
