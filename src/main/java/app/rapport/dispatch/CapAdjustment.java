package app.rapport.dispatch;

import app.rapport.campaign.Campaign;

/**
 * Lowers a campaign's cap for reasons outside pacing (answers, capacity). The answers feature
 * provides the real one; without it the planned cap stands.
 */
public interface CapAdjustment {

  /** The cap to use today, at most {@code plannedCap}. */
  int effectiveCap(Campaign campaign, int plannedCap);
}
