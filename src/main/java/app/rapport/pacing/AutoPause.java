package app.rapport.pacing;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a campaign should stop itself, and says why with the numbers. Rates are taken
 * over the full window of N sends even while fewer have gone out, so a burst of bounces early on
 * pauses at once instead of waiting for N sends to hurt N people.
 */
public final class AutoPause {

  private AutoPause() {}

  /** The reason to pause, or empty while the campaign is healthy. */
  public static Optional<String> reason(RecentSends recent, Safeguards limits) {
    int n = limits.window();
    if (Safeguards.above(recent.bounces(), limits.maxBounceRate(), n)) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "Paused automatically: %d of the last %d sends bounced (%s of a %d-send window;"
                  + " the limit is %s). Check the addresses, then resume.",
              recent.bounces(),
              recent.sends(),
              percent((double) recent.bounces() / n),
              n,
              percent(limits.maxBounceRate())));
    }
    if (Safeguards.above(recent.optOuts(), limits.maxOptOutRate(), n)) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "Paused automatically: %d of the last %d recipients opted out (%s of a %d-send"
                  + " window; the limit is %s). Rework the message or the list, then resume.",
              recent.optOuts(),
              recent.sends(),
              percent((double) recent.optOuts() / n),
              n,
              percent(limits.maxOptOutRate())));
    }
    if (recent.matured() >= n
        && Safeguards.below(recent.maturedAccepted(), limits.minAcceptanceRate(), n)) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "Paused automatically: %d of the last %d sends older than %d days were accepted"
                  + " (%s; the floor is %s). Rework the message, then resume.",
              recent.maturedAccepted(),
              n,
              limits.maturity().toDays(),
              percent((double) recent.maturedAccepted() / n),
              percent(limits.minAcceptanceRate())));
    }
    return Optional.empty();
  }

  static String percent(double share) {
    double value = share * 100;
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f%%", value)
        : String.format(Locale.ROOT, "%.1f%%", value);
  }
}
