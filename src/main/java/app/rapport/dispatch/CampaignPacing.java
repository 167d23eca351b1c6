package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import app.rapport.pacing.PacingPolicy;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Reads a campaign's pace settings as the planner's policy. */
final class CampaignPacing {

  private CampaignPacing() {}

  static PacingPolicy policyOf(Campaign c) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(c.sendDays).map(DayOfWeek::valueOf).forEach(days::add);
    return new PacingPolicy(
        c.dailyCap,
        ZoneId.of(c.timeZone),
        c.windowStart,
        c.windowEnd,
        days,
        c.rampStart,
        c.rampStep,
        c.firstDay);
  }
}
