package app.rapport.web;

import app.rapport.campaign.Campaign;
import app.rapport.dispatch.Schedule;
import app.rapport.dispatch.Tasks;
import app.rapport.draft.InvitationView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the Today page shows of a campaign's day, a task and an invitation in doubt. Slot times are
 * in the campaign's own time zone, since its sending window is set in that zone.
 */
final class TodayModels {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private TodayModels() {}

  static Model day(String name, Schedule.View view) {
    ZoneId zone = ZoneId.of(view.timeZone());
    List<Model> slots =
        view.slots().stream()
            .map(
                s ->
                    Model.of("time", CLOCK.format(s.at().atZone(zone)))
                        .with("status", s.status().name().toLowerCase(java.util.Locale.ROOT))
                        .with("label", FieldNames.of(s.status())))
            .toList();
    boolean active = view.status() == Campaign.Status.ACTIVE;
    return Model.of("id", view.campaignId())
        .with("name", name)
        .with("day", view.day())
        .with("timeZone", view.timeZone())
        .with("status", FieldNames.of(view.status()))
        .with("active", active)
        .with("canStart", !active)
        .with("pausedReason", view.pausedReason())
        .with("slots", slots)
        .with("hasSlots", !slots.isEmpty())
        .with("used", view.used())
        .with("remaining", view.remaining())
        .with("effectiveCap", view.effectiveCap())
        .with("lowered", lowered(view))
        .with("waiting", view.approvedWaiting());
  }

  /** Why today's cap is below the campaign's daily cap, or null when it is not. */
  static String lowered(Schedule.View view) {
    if (view.effectiveCap() < view.cap()) {
      return "Lowered from "
          + view.cap()
          + " because recent answers call for a slower pace (bounces, opt-outs or silence).";
    }
    if (view.cap() < view.dailyCap()) {
      return view.cap() == 0
          ? "No sending today: outside the campaign's sending days."
          : "Ramping up: " + view.cap() + " of " + view.dailyCap() + " while the campaign starts.";
    }
    return null;
  }

  static Model task(Tasks.Task t) {
    boolean send = t.kind() == Tasks.Kind.SEND;
    return Model.of("id", t.invitationId())
        .with("campaign", t.campaignName())
        .with("campaignId", t.campaignId())
        .with("send", send)
        .with("withdraw", !send)
        .with("name", t.recipientName())
        .with("profileUrl", safeLink(t.profileUrl()))
        .with("text", t.text())
        .with("since", Dates.of(t.dueSince()));
  }

  static Model unknown(InvitationView i) {
    return Model.of("id", i.id())
        .with("campaignId", i.campaignId())
        .with("subject", i.subject())
        .with("template", i.templateName())
        .with("channel", FieldNames.of(i.channel()));
  }

  /** A profile link only when it is a web address: a {@code javascript:} URL is no link. */
  static String safeLink(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }
}
