package app.rapport.draft;

import app.rapport.campaign.Campaign;
import app.rapport.contact.Contact;
import app.rapport.contact.ContextHook;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the plain maps a template is rendered with (the contract is {@code ModelPaths}). Missing
 * values are left out, so a template's {@code {{#hook.note}}…{{/hook.note}}} section disappears.
 */
final class DraftModel {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private DraftModel() {}

  static Map<String, Object> of(
      Contact recipient,
      ContextHook hook,
      Campaign campaign,
      AnswerLinks.Links links,
      Contact introducee) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("contact", person(recipient));
    if (hook != null) {
      Map<String, Object> h = new LinkedHashMap<>();
      put(h, "type", hook.type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      put(h, "title", hook.title);
      put(h, "url", hook.url);
      put(h, "publishedOn", hook.publishedOn == null ? null : month(hook.publishedOn));
      put(h, "note", hook.note);
      model.put("hook", h);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    put(c, "intent", campaign.intent);
    put(c, "ask", campaign.ask);
    put(c, "minutes", Integer.toString(campaign.minutes));
    put(c, "topic", campaign.topic);
    put(c, "valueOffered", campaign.valueOffered);
    put(c, "bookingUrl", campaign.bookingUrl);
    model.put("campaign", c);
    Map<String, Object> sender = new LinkedHashMap<>();
    put(sender, "name", campaign.senderName);
    put(sender, "signature", campaign.signature);
    model.put("sender", sender);
    if (links != null) {
      model.put(
          "links",
          Map.of("accept", links.accept(), "decline", links.decline(), "optOut", links.optOut()));
    }
    if (introducee != null) {
      model.put("introducee", person(introducee));
    }
    return model;
  }

  private static Map<String, Object> person(Contact contact) {
    Map<String, Object> p = new LinkedHashMap<>();
    put(p, "firstName", contact.firstName);
    put(p, "lastName", contact.lastName);
    put(p, "fullName", contact.fullName());
    put(p, "company", contact.company);
    put(p, "title", contact.title);
    return p;
  }

  private static String month(LocalDate date) {
    return MONTH.format(date);
  }

  private static void put(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
