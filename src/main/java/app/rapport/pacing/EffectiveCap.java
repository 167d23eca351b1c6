package app.rapport.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daily cap a campaign actually gets once the answers are taken into account, and why.
 *
 * <p>Two brakes, applied in this order to the campaign's own daily cap:
 *
 * <ol>
 *   <li><b>Adaptive cap.</b> When N matured sends exist and fewer than {@code
 *       slowdownAcceptanceRate} of them were accepted, the cap is halved (rounded up). It returns
 *       to full as soon as acceptance over the window is back at the level — before that level is
 *       lost for good, the auto-pause threshold below it stops the campaign.
 *   <li><b>Capacity.</b> With a weekly coffee capacity C and W accepted invitations waiting for
 *       their meeting, the cap is scaled by (C − W) / C (rounded up), and is 0 once W reaches C:
 *       never invite more people than you can meet.
 * </ol>
 *
 * Rounding up means a brake alone never turns a cap of 1 into 0; only a full capacity does.
 *
 * @param dailyCap the campaign's cap before the brakes
 * @param effectiveCap the cap after them (0 … dailyCap)
 * @param reasons one sentence per brake that applied, empty when none did
 */
public record EffectiveCap(int dailyCap, int effectiveCap, List<String> reasons) {

  public EffectiveCap {
    reasons = List.copyOf(reasons);
  }

  public static EffectiveCap of(
      int dailyCap, Capacity capacity, RecentSends recent, Safeguards limits) {
    if (dailyCap < 0) {
      throw new IllegalArgumentException("The daily cap cannot be negative (" + dailyCap + ").");
    }
    int cap = dailyCap;
    List<String> reasons = new ArrayList<>();
    int n = limits.window();
    if (recent.matured() >= n
        && Safeguards.below(recent.maturedAccepted(), limits.slowdownAcceptanceRate(), n)) {
      cap = (cap + 1) / 2;
      reasons.add(
          String.format(
              Locale.ROOT,
              "%d of the last %d sends older than %d days were accepted (%s, below %s): the cap"
                  + " is halved until acceptance recovers.",
              recent.maturedAccepted(),
              n,
              limits.maturity().toDays(),
              AutoPause.percent((double) recent.maturedAccepted() / n),
              AutoPause.percent(limits.slowdownAcceptanceRate())));
    }
    Integer coffees = capacity.coffeesPerWeek();
    if (coffees != null) {
      int waiting = capacity.waitingToMeet();
      if (waiting >= coffees) {
        cap = 0;
        reasons.add(
            String.format(
                Locale.ROOT,
                "%d accepted invitation%s wait%s for a meeting and you can hold %d coffee%s a"
                    + " week: nothing more goes out until meetings are recorded (outcome MET).",
                waiting,
                waiting == 1 ? "" : "s",
                waiting == 1 ? "s" : "",
                coffees,
                coffees == 1 ? "" : "s"));
      } else if (waiting > 0) {
        cap = (int) ((cap * (long) (coffees - waiting) + coffees - 1) / coffees);
        reasons.add(
            String.format(
                Locale.ROOT,
                "%d of your %d weekly coffees are taken by accepted invitations not yet met: the"
                    + " cap is scaled to %d/%d.",
                waiting,
                coffees,
                coffees - waiting,
                coffees));
      }
    }
    return new EffectiveCap(dailyCap, cap, reasons);
  }
}
