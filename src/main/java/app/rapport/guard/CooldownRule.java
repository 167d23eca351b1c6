package app.rapport.guard;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * COOLDOWN: someone invited in the last {@code cooldown.days} days (default 90) is not invited
 * again, and someone suppressed (opted out, declined, bounced) never is. Seed 002: showing up again
 * and again plays like "single and desperate"; people avoid you.
 */
public final class CooldownRule implements Rule {
  private final GuardSettings settings;

  public CooldownRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.COOLDOWN;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    List<Finding> findings = new ArrayList<>();
    if (draft.suppressionReason() != null) {
      findings.add(Finding.onDraft(code(), Severity.BLOCK, suppressed(draft.suppressionReason())));
    }
    if (draft.lastInvitedOn() != null) {
      long days = ChronoUnit.DAYS.between(draft.lastInvitedOn(), draft.today());
      if (days < settings.cooldownDays()) {
        findings.add(
            Finding.onDraft(
                code(),
                Severity.BLOCK,
                "You invited this person on "
                    + draft.lastInvitedOn()
                    + (days >= 0 ? ", " + days + (days == 1 ? " day ago" : " days ago") : "")
                    + ". Wait until "
                    + draft.lastInvitedOn().plusDays(settings.cooldownDays())
                    + " ("
                    + settings.cooldownDays()
                    + " days): asking again so soon plays like “single and desperate”, and "
                    + "people avoid that."));
      }
    }
    return findings;
  }

  private static String suppressed(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    String why;
    if (lower.contains("bounce")) {
      why = "their address bounced, so the message cannot reach them";
    } else if (lower.contains("declin")) {
      why = "they declined an earlier invitation";
    } else {
      why = "they asked not to be contacted again";
    }
    return "This person is on your suppression list ("
        + reason.strip()
        + "): "
        + why
        + ". Rapport will not invite them again; take them off this campaign.";
  }
}
