package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.campaign.PacingSettings;
import app.rapport.draft.Invitation;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.pacing.DayPlan;
import app.rapport.pacing.DayPlanner;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What a campaign's day looks like: the slots, what went, what goes next, the next days. */
@ApplicationScoped
public class Schedule {

  private final Campaigns campaigns;
  private final PacingSettings pacing;
  private final CapAdjustment capAdjustment;
  private final AgroalDataSource dataSource;
  private final Clock clock;
  private final DayPlanner planner = new DayPlanner();

  public Schedule(
      Campaigns campaigns,
      PacingSettings pacing,
      CapAdjustment capAdjustment,
      AgroalDataSource dataSource,
      Clock clock) {
    this.campaigns = campaigns;
    this.pacing = pacing;
    this.capAdjustment = capAdjustment;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public enum SlotStatus {
    USED,
    DUE,
    UPCOMING
  }

  public record Slot(Instant at, SlotStatus status) {}

  public record Sent(long invitationId, Instant sentAt, String state) {}

  public record Upcoming(LocalDate day, int cap, Instant firstSlot, Instant lastSlot) {}

  public record View(
      long campaignId,
      Campaign.Status status,
      String pausedReason,
      LocalDate day,
      String timeZone,
      int dailyCap,
      int cap,
      int effectiveCap,
      int used,
      int remaining,
      List<Slot> slots,
      List<Sent> sentToday,
      List<Long> next,
      int approvedWaiting,
      List<Upcoming> nextDays) {}

  @Transactional
  public View today(long ownerId, long campaignId) {
    Campaign campaign = campaigns.owned(ownerId, campaignId);
    Instant now = clock.instant();
    ZoneId zone = ZoneId.of(campaign.timeZone);
    LocalDate day = planner.localDay(now, zone);
    DayPlan plan =
        planner.plan(campaign.id, CampaignPacing.policyOf(campaign), day, pacing.ceiling());
    int effective = capAdjustment.effectiveCap(campaign, plan.cap());
    int used = used(campaign.id, day);
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < plan.slots().size(); i++) {
      Instant at = plan.slots().get(i);
      SlotStatus status =
          i < used ? SlotStatus.USED : at.isAfter(now) ? SlotStatus.UPCOMING : SlotStatus.DUE;
      slots.add(new Slot(at, status));
    }
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    List<Sent> sent =
        Invitation.<Invitation>list(
                "campaignId = ?1 and claimedAt >= ?2 and state <> ?3 order by claimedAt",
                campaign.id,
                dayStart,
                InvitationState.APPROVED)
            .stream()
            .map(i -> new Sent(i.id, i.sentAt, i.state.name()))
            .toList();
    List<Long> next =
        Invitation.<Invitation>find(
                "campaignId = ?1 and state = ?2 order by queuePosition nulls last, approvedAt, id",
                campaign.id,
                InvitationState.APPROVED)
            .page(0, 10)
            .list()
            .stream()
            .map(i -> i.id)
            .toList();
    long waiting =
        Invitation.count("campaignId = ?1 and state = ?2", campaign.id, InvitationState.APPROVED);
    List<Upcoming> nextDays =
        planner
            .upcoming(
                campaign.id,
                CampaignPacing.policyOf(campaign),
                day.plusDays(1),
                7,
                pacing.ceiling())
            .stream()
            .map(
                p ->
                    new Upcoming(
                        p.day(),
                        p.cap(),
                        p.slots().isEmpty() ? null : p.slots().getFirst(),
                        p.slots().isEmpty() ? null : p.slots().getLast()))
            .toList();
    return new View(
        campaign.id,
        campaign.status,
        campaign.pausedReason,
        day,
        campaign.timeZone,
        campaign.dailyCap,
        plan.cap(),
        effective,
        used,
        Math.max(0, effective - used),
        slots,
        sent,
        next,
        (int) waiting,
        nextDays);
  }

  private int used(long campaignId, LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("select used from quota where campaign_id = ? and day = ?")) {
      query.setLong(1, campaignId);
      query.setObject(2, day);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
