package app.rapport.campaign;

import app.rapport.vocabulary.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** A campaign as the API shows it. */
public record CampaignView(
    long id,
    String name,
    String intent,
    String ask,
    int minutes,
    String topic,
    String valueOffered,
    Channel channel,
    List<String> templates,
    boolean strict,
    boolean introductions,
    String senderName,
    String senderEmail,
    String replyTo,
    String signature,
    String bookingUrl,
    Campaign.Status status,
    String pausedReason,
    int dailyCap,
    LocalTime windowStart,
    LocalTime windowEnd,
    String timeZone,
    List<DayOfWeek> sendDays,
    int rampStart,
    int rampStep,
    LocalDate firstDay,
    Instant createdAt,
    Instant updatedAt) {

  public static CampaignView of(Campaign c) {
    return new CampaignView(
        c.id,
        c.name,
        c.intent,
        c.ask,
        c.minutes,
        c.topic,
        c.valueOffered,
        c.channel,
        List.of(c.templates),
        c.strict,
        c.introductions,
        c.senderName,
        c.senderEmail,
        c.replyTo,
        c.signature,
        c.bookingUrl,
        c.status,
        c.pausedReason,
        c.dailyCap,
        c.windowStart,
        c.windowEnd,
        c.timeZone,
        Arrays.stream(c.sendDays).map(DayOfWeek::valueOf).toList(),
        c.rampStart,
        c.rampStep,
        c.firstDay,
        c.createdAt,
        c.updatedAt);
  }
}
