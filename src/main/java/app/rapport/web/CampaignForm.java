package app.rapport.web;

import app.rapport.campaign.CampaignInput;
import app.rapport.campaign.CampaignView;
import app.rapport.vocabulary.Channel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The campaign form as the browser sends it: every field as typed. {@link #input} turns it into the
 * API's {@link CampaignInput} (numbers, times, days), noting what cannot be read; the page shows
 * the form again with the values kept.
 */
public class CampaignForm {

  @RestForm public String name;
  @RestForm public String intent;
  @RestForm public String ask;
  @RestForm public String minutes;
  @RestForm public String topic;
  @RestForm public String valueOffered;
  @RestForm public String channel;
  @RestForm public List<String> templates;
  @RestForm public String strict;
  @RestForm public String introductions;
  @RestForm public String senderName;
  @RestForm public String senderEmail;
  @RestForm public String replyTo;
  @RestForm public String signature;
  @RestForm public String bookingUrl;
  @RestForm public String dailyCap;
  @RestForm public String windowStart;
  @RestForm public String windowEnd;
  @RestForm public String timeZone;
  @RestForm public List<String> sendDays;
  @RestForm public String rampStart;
  @RestForm public String rampStep;

  /** A new campaign's form: a 20-minute call, email, 30 a day, 9 to 5 on weekdays. */
  static CampaignForm blank(int defaultCap) {
    CampaignForm form = new CampaignForm();
    form.minutes = "20";
    form.channel = Channel.EMAIL.name();
    form.dailyCap = String.valueOf(defaultCap);
    form.windowStart = "09:00";
    form.windowEnd = "17:00";
    form.timeZone = "UTC";
    form.sendDays = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    form.rampStart = "0";
    form.rampStep = "0";
    return form;
  }

  /** The form showing a saved campaign. */
  static CampaignForm of(CampaignView c) {
    CampaignForm form = new CampaignForm();
    form.name = c.name();
    form.intent = c.intent();
    form.ask = c.ask();
    form.minutes = String.valueOf(c.minutes());
    form.topic = c.topic();
    form.valueOffered = c.valueOffered();
    form.channel = c.channel().name();
    form.templates = c.templates();
    form.strict = c.strict() ? "on" : null;
    form.introductions = c.introductions() ? "on" : null;
    form.senderName = c.senderName();
    form.senderEmail = c.senderEmail();
    form.replyTo = c.replyTo();
    form.signature = c.signature();
    form.bookingUrl = c.bookingUrl();
    form.dailyCap = String.valueOf(c.dailyCap());
    form.windowStart = c.windowStart().toString();
    form.windowEnd = c.windowEnd().toString();
    form.timeZone = c.timeZone();
    form.sendDays = c.sendDays().stream().map(DayOfWeek::name).toList();
    form.rampStart = String.valueOf(c.rampStart());
    form.rampStep = String.valueOf(c.rampStep());
    return form;
  }

  /** The API input, or null when a field cannot be read (the reason is added to {@code errors}). */
  CampaignInput input(FormErrors errors) {
    Integer minutesValue = number("minutes", minutes, errors);
    Integer cap = number("dailyCap", dailyCap, errors);
    Integer rampStartValue = number("rampStart", rampStart, errors);
    Integer rampStepValue = number("rampStep", rampStep, errors);
    LocalTime start = time("windowStart", windowStart, errors);
    LocalTime end = time("windowEnd", windowEnd, errors);
    Channel chosenChannel = null;
    try {
      chosenChannel = channel == null ? null : Channel.valueOf(channel);
    } catch (IllegalArgumentException e) {
      errors.add("channel", "choose email or a manual task");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : sendDays == null ? List.<String>of() : sendDays) {
      try {
        days.add(DayOfWeek.valueOf(day));
      } catch (IllegalArgumentException e) {
        errors.add("sendDays", "not a day of the week: " + day);
      }
    }
    if (days.isEmpty()) {
      errors.add("sendDays", "choose at least one sending day");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new CampaignInput(
        trim(name),
        trim(intent),
        trim(ask),
        minutesValue,
        trim(topic),
        blankToNull(valueOffered),
        chosenChannel,
        templates == null ? List.of() : List.copyOf(new LinkedHashSet<>(templates)),
        strict != null,
        introductions != null,
        trim(senderName),
        blankToNull(senderEmail),
        blankToNull(replyTo),
        blankToNull(signature),
        blankToNull(bookingUrl),
        cap,
        start,
        end,
        blankToNull(timeZone) == null ? "UTC" : timeZone.strip(),
        days,
        rampStartValue == null ? 0 : rampStartValue,
        rampStepValue == null ? 0 : rampStepValue);
  }

  /** The values for the template, with the choices (channel, days) marked. */
  Model view() {
    Model model =
        Model.of("name", name)
            .with("intent", intent)
            .with("ask", ask)
            .with("minutes", minutes)
            .with("topic", topic)
            .with("valueOffered", valueOffered)
            .with("strict", strict != null)
            .with("introductions", introductions != null)
            .with("senderName", senderName)
            .with("senderEmail", senderEmail)
            .with("replyTo", replyTo)
            .with("signature", signature)
            .with("bookingUrl", bookingUrl)
            .with("dailyCap", dailyCap)
            .with("windowStart", windowStart)
            .with("windowEnd", windowEnd)
            .with("timeZone", timeZone)
            .with("rampStart", rampStart)
            .with("rampStep", rampStep);
    List<Model> channels = new ArrayList<>();
    channels.add(
        Model.of("value", Channel.EMAIL.name())
            .with("label", "Email, sent by Rapport")
            .with("checked", Channel.EMAIL.name().equals(channel)));
    channels.add(
        Model.of("value", Channel.MANUAL.name())
            .with(
                "label", "A daily task list you send by hand (e.g. LinkedIn notes, 300 characters)")
            .with("checked", Channel.MANUAL.name().equals(channel)));
    model.with("channels", channels);
    List<Model> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(
          Model.of("value", day.name())
              .with("label", day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
              .with("checked", sendDays != null && sendDays.contains(day.name())));
    }
    return model.with("days", days);
  }

  /** Whether the user ticked this template. */
  boolean chose(String template) {
    return templates != null && templates.contains(template);
  }

  private static Integer number(String field, String text, FormErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(field, "must be a whole number");
      return null;
    }
  }

  private static LocalTime time(String field, String text, FormErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeException e) {
      errors.add(field, "must be a time such as 09:30");
      return null;
    }
  }

  private static String trim(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
