package app.rapport.guard;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * STALE: the context is older than {@code stale.months} (default 12). "I loved your post" about a
 * post from years ago reads as a mail merge, not as a note that is relevant and responsive (seed
 * 000). The finding points at the context where the body mentions it.
 */
public final class StaleRule implements Rule {
  private final GuardSettings settings;

  public StaleRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.STALE;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    if (draft.contextDate() == null
        || !draft.contextDate().isBefore(draft.today().minusMonths(settings.staleMonths()))) {
      return List.of();
    }
    Optional<Span> mention =
        draft.contextSnippets().stream()
            .map(s -> Mentions.find(draft.body(), s))
            .flatMap(Optional::stream)
            .findFirst();
    String message =
        mention.map(m -> m.quoted() + " is").orElse("Their context is")
            + " from "
            + draft.contextDate()
            + ", "
            + age(Period.between(draft.contextDate(), draft.today()))
            + " ago. “I loved your post” about something that old reads as a mail merge. Find "
            + "something recent they did, or say plainly why it matters to you now.";
    return List.of(
        mention
            .map(m -> Finding.at(code(), Severity.WARN, message, Part.BODY, m))
            .orElseGet(() -> Finding.onDraft(code(), Severity.WARN, message)));
  }

  private static String age(Period period) {
    if (period.getYears() >= 2) {
      return period.getYears() + " years";
    }
    int months = (int) period.toTotalMonths();
    return months + (months == 1 ? " month" : " months");
  }
}
