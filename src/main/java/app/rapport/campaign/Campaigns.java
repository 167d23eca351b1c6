package app.rapport.campaign;

import app.rapport.guard.Finding;
import app.rapport.guard.Guard;
import app.rapport.platform.problem.ApiError;
import app.rapport.vocabulary.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Campaign CRUD and lifecycle (start, pause, resume, archive). Scoped to the owner. */
@ApplicationScoped
public class Campaigns {

  private final Clock clock;
  private final Guard guard;
  private final PacingSettings pacing;
  private final TemplateNames templateNames;

  public Campaigns(Clock clock, Guard guard, PacingSettings pacing, TemplateNames templateNames) {
    this.clock = clock;
    this.guard = guard;
    this.pacing = pacing;
    this.templateNames = templateNames;
  }

  @Transactional
  public List<CampaignView> all(long ownerId) {
    return Campaign.<Campaign>list("ownerId = ?1 order by id", ownerId).stream()
        .map(CampaignView::of)
        .toList();
  }

  @Transactional
  public CampaignView get(long ownerId, long id) {
    return CampaignView.of(owned(ownerId, id));
  }

  /** The entity, for other features' services that already own the transaction. */
  public Campaign owned(long ownerId, long id) {
    return Campaign.<Campaign>find("id = ?1 and ownerId = ?2", id, ownerId)
        .firstResultOptional()
        .orElseThrow(() -> new ApiError.NotFound("Campaign", id));
  }

  @Transactional
  public CampaignView create(long ownerId, CampaignInput input) {
    Campaign campaign = new Campaign();
    campaign.ownerId = ownerId;
    campaign.createdAt = clock.instant();
    campaign.dailyCap = pacing.defaultCap();
    apply(campaign, input);
    campaign.persist();
    return CampaignView.of(campaign);
  }

  @Transactional
  public CampaignView update(long ownerId, long id, CampaignInput input) {
    Campaign campaign = owned(ownerId, id);
    if (campaign.status == Campaign.Status.ARCHIVED) {
      throw new ApiError.Conflict("An archived campaign cannot be changed.");
    }
    apply(campaign, input);
    return CampaignView.of(campaign);
  }

  @Transactional
  public void delete(long ownerId, long id) {
    owned(ownerId, id).delete();
  }

  /** Starts sending (or resumes); the first day is set once, for the ramp-up. */
  @Transactional
  public CampaignView start(long ownerId, long id) {
    Campaign campaign = owned(ownerId, id);
    if (campaign.status == Campaign.Status.ARCHIVED) {
      throw new ApiError.Conflict("An archived campaign cannot be started.");
    }
    campaign.status = Campaign.Status.ACTIVE;
    campaign.pausedReason = null;
    if (campaign.firstDay == null) {
      campaign.firstDay = clock.instant().atZone(ZoneId.of(campaign.timeZone)).toLocalDate();
    }
    campaign.updatedAt = clock.instant();
    return CampaignView.of(campaign);
  }

  @Transactional
  public CampaignView pause(long ownerId, long id, String reason) {
    Campaign campaign = owned(ownerId, id);
    if (campaign.status == Campaign.Status.ARCHIVED) {
      throw new ApiError.Conflict("An archived campaign cannot be paused.");
    }
    campaign.status = Campaign.Status.PAUSED;
    campaign.pausedReason = reason == null || reason.isBlank() ? "Paused by you." : reason.strip();
    campaign.updatedAt = clock.instant();
    return CampaignView.of(campaign);
  }

  @Transactional
  public CampaignView archive(long ownerId, long id) {
    Campaign campaign = owned(ownerId, id);
    campaign.status = Campaign.Status.ARCHIVED;
    campaign.updatedAt = clock.instant();
    return CampaignView.of(campaign);
  }

  private void apply(Campaign c, CampaignInput in) {
    c.name = in.name().strip();
    c.intent = phrase(in.intent());
    c.ask = phrase(in.ask());
    c.minutes = in.minutes();
    c.topic = phrase(in.topic());
    c.valueOffered =
        in.valueOffered() == null || in.valueOffered().isBlank() ? null : phrase(in.valueOffered());
    c.channel = in.channel();
    List<String> templates = in.templates() == null ? List.of() : in.templates();
    List<String> unknown = templateNames.unknown(c.ownerId, templates);
    if (!unknown.isEmpty()) {
      throw new ApiError.Invalid(
          "Unknown template(s): " + String.join(", ", unknown) + ". See GET /api/templates.");
    }
    c.templates = templates.toArray(String[]::new);
    c.strict = Boolean.TRUE.equals(in.strict());
    c.introductions = Boolean.TRUE.equals(in.introductions());
    c.senderName = in.senderName().strip();
    c.senderEmail = blankToNull(in.senderEmail());
    c.replyTo = blankToNull(in.replyTo());
    c.signature = blankToNull(in.signature());
    c.bookingUrl = blankToNull(in.bookingUrl());
    if (c.channel == Channel.EMAIL && c.senderEmail == null) {
      throw new ApiError.Invalid("An email campaign needs senderEmail: the From address.");
    }
    if (in.dailyCap() != null) {
      c.dailyCap = in.dailyCap();
    }
    List<Finding> capFindings = guard.checkCap(c.dailyCap, pacing.ceiling());
    if (Guard.blocks(capFindings)) {
      throw new ApiError.Invalid(capFindings.getFirst().message(), Map.of("findings", capFindings));
    }
    LocalTime start = in.windowStart() == null ? c.windowStart : in.windowStart();
    LocalTime end = in.windowEnd() == null ? c.windowEnd : in.windowEnd();
    if (!start.isBefore(end)) {
      throw new ApiError.Invalid(
          "The sending window must start before it ends (" + start + "–" + end + ").");
    }
    c.windowStart = start;
    c.windowEnd = end;
    if (in.timeZone() != null) {
      try {
        c.timeZone = ZoneId.of(in.timeZone().strip()).getId();
      } catch (DateTimeException e) {
        throw new ApiError.Invalid(
            "Unknown time zone '" + in.timeZone() + "': use an IANA name such as Europe/Berlin.");
      }
    }
    if (in.sendDays() != null) {
      if (in.sendDays().isEmpty()) {
        throw new ApiError.Invalid("Choose at least one sending day.");
      }
      c.sendDays =
          EnumSet.copyOf(in.sendDays()).stream().map(DayOfWeek::name).toArray(String[]::new);
    }
    c.rampStart = in.rampStart() == null ? c.rampStart : in.rampStart();
    c.rampStep = in.rampStep() == null ? c.rampStep : in.rampStep();
    c.updatedAt = clock.instant();
  }

  /** Templates put these phrases inside sentences: no trailing full stop, no outer spaces. */
  static String phrase(String text) {
    String trimmed = text.strip();
    while (trimmed.endsWith(".")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
