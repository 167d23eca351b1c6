package app.rapport.draft.template;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Realistic models for rendering tests: names of 10 characters, a 40-character title, etc. */
final class Models {

  static final String FIRST_NAME = "Alexandria";
  static final String TITLE = "Blameless postmortems in a 5-person team";
  static final String NOTE = "your checklist for the first hour of an outage, role by role";
  static final String INTENT = "I'm going independent as a reliability consultant for startups";
  static final String TOPIC = "how you run incident reviews with a small team";
  static final String VALUE = "a short write-up of what twelve other teams told me";
  static final String MINUTES = "20";
  static final String INTRODUCEE = "Montgomery";

  private Models() {}

  /** Every value present, as the lead's draft service would build it for an email. */
  static Map<String, Object> full() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "contact",
        Map.of(
            "firstName", FIRST_NAME,
            "lastName", "Whitlocker",
            "fullName", FIRST_NAME + " Whitlocker",
            "company", "Northwind Analytics",
            "title", "Head of Platform"));
    model.put(
        "hook",
        Map.of(
            "type", "BLOG_POST",
            "title", TITLE,
            "url", "https://blog.example.com/blameless-postmortems",
            "publishedOn", "2025-03-04",
            "note", NOTE));
    model.put(
        "campaign",
        Map.of(
            "intent", INTENT,
            "ask", "a 20-minute video call",
            "minutes", MINUTES,
            "topic", TOPIC,
            "valueOffered", VALUE,
            "bookingUrl", "https://cal.example.com/sam/20min"));
    model.put(
        "sender",
        Map.of(
            "name",
            "Sam Rivera",
            "signature",
            "Sam Rivera\nIndependent reliability consultant\nhttps://samrivera.example"));
    model.put(
        "links",
        Map.of(
            "accept", "https://rapport.example.com/a/4f9c2e/accept",
            "decline", "https://rapport.example.com/a/4f9c2e/decline",
            "optOut", "https://rapport.example.com/a/4f9c2e/opt-out"));
    model.put(
        "introducee",
        Map.of(
            "firstName",
            INTRODUCEE,
            "fullName",
            INTRODUCEE + " Reyes",
            "company",
            "Contoso Cloud",
            "title",
            "VP Engineering"));
    return model;
  }

  /** Only what a template requires: no note, no company, no booking URL, no signature. */
  static Map<String, Object> minimal() {
    Map<String, Object> model = new HashMap<>();
    model.put("contact", Map.of("firstName", FIRST_NAME));
    model.put("hook", Map.of("title", TITLE));
    model.put(
        "campaign",
        Map.of("intent", INTENT, "minutes", MINUTES, "topic", TOPIC, "valueOffered", VALUE));
    model.put("sender", Map.of("name", "Sam Rivera"));
    model.put("introducee", Map.of("firstName", INTRODUCEE, "fullName", INTRODUCEE + " Reyes"));
    return model;
  }

  /** The same model without the answer links: what the manual channel gets. */
  static Map<String, Object> withoutLinks(Map<String, Object> model) {
    Map<String, Object> copy = new LinkedHashMap<>(model);
    copy.remove("links");
    return copy;
  }
}
