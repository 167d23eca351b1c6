package app.rapport.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The guard: every rule, applied to a draft. Rules are small named policies collected in one list;
 * the guard only runs them and puts the findings in reading order, blocks first. There is no switch
 * to turn a rule off: users can read why a draft is blocked and change it.
 *
 * <p>BLAST needs the whole campaign, not one draft, and lives in {@code BlastDetector}.
 */
public final class Guard {
  private static final Comparator<Finding> READING_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::part)
          .thenComparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::code);

  private final GuardSettings settings;
  private final List<Rule> rules;
  private final CapRule cap = new CapRule();

  public Guard(GuardSettings settings) {
    this.settings = settings;
    this.rules =
        List.of(
            new GiftRule(settings),
            new NoContextRule(),
            new PlatitudeRule(settings),
            new FivePointsRule(settings),
            new HardSellRule(settings),
            new PeckingOrderRule(settings),
            new ChannelRule(settings),
            new CooldownRule(settings),
            new StaleRule(settings));
  }

  /** The single-draft rules, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  /** All findings on the draft: blocks first, then by part (subject, body, draft) and position. */
  public List<Finding> check(DraftUnderReview draft) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(draft));
    }
    return sorted(findings);
  }

  /** Findings on a campaign's daily cap against an explicit ceiling. */
  public List<Finding> checkCap(int dailyCap, int ceiling) {
    return cap.check(dailyCap, ceiling);
  }

  /** Findings on a campaign's daily cap against the configured ceiling ({@code cap.ceiling}). */
  public List<Finding> checkCap(int dailyCap) {
    return checkCap(dailyCap, settings.capCeiling());
  }

  /** Whether any finding stops approval and sending. */
  public static boolean blocks(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::blocks);
  }

  /** Findings in the guard's reading order; useful to merge in BLAST findings. */
  public static List<Finding> sorted(List<Finding> findings) {
    return findings.stream().sorted(READING_ORDER).toList();
  }
}
