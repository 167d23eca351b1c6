package app.rapport.security;

import app.rapport.support.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A plausible, valid request body for every operation that takes one, keyed by method and path
 * pattern. Valid on purpose: when another user's id answers 404, it must be the ownership check
 * speaking, not validation. Ids inside a body come from {@code refs} (noun to id), so a sweep
 * decides whose they are.
 */
final class SampleBodies {

  /** A request body: its media type and bytes; {@code json} is set for JSON bodies. */
  record Body(String contentType, byte[] bytes, JsonNode json) {
    static Body json(Object value) {
      JsonNode node = ApiSurface.JSON.valueToTree(value);
      return new Body("application/json", node.toString().getBytes(StandardCharsets.UTF_8), node);
    }

    static Body of(JsonNode node) {
      return new Body("application/json", node.toString().getBytes(StandardCharsets.UTF_8), node);
    }

    static Body text(String contentType, String text) {
      return new Body(contentType, text.getBytes(StandardCharsets.UTF_8), null);
    }
  }

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private static final Map<String, Function<Function<String, Object>, Body>> TABLE =
      Map.ofEntries(
          Map.entry("POST /api/lists", refs -> Body.json(list())),
          Map.entry("PUT /api/lists/{id}", refs -> Body.json(list())),
          Map.entry(
              "POST /api/lists/{id}/members",
              refs -> Body.json(Map.of("contactIds", List.of(refs.apply("contact"))))),
          Map.entry(
              "POST /api/lists/{listId}/imports",
              refs ->
                  Body.text(
                      "text/csv",
                      "First Name,Email,Context Type,Context Title\nZed,zed"
                          + unique()
                          + "@example.com,talk,Queues in practice\n")),
          Map.entry("POST /api/contacts", refs -> Body.json(contact())),
          Map.entry("PUT /api/contacts/{id}", refs -> Body.json(contact())),
          Map.entry(
              "POST /api/suppressions",
              refs ->
                  Body.json(
                      Map.of(
                          "address", "gone" + unique() + "@example.net",
                          "reason", "MANUAL",
                          "note", "asked on the phone"))),
          Map.entry("POST /api/tokens", refs -> Body.json(Map.of("name", "laptop " + unique()))),
          Map.entry("POST /api/campaigns", refs -> Body.json(campaign())),
          Map.entry("PUT /api/campaigns/{id}", refs -> Body.json(campaign())),
          Map.entry(
              "POST /api/campaigns/{id}/pause",
              refs -> Body.json(Map.of("reason", "away for a week"))),
          Map.entry(
              "POST /api/campaigns/{campaignId}/approve",
              refs -> Body.json(Map.of("overrideWarnings", false, "reason", "read them all"))),
          Map.entry(
              "POST /api/campaigns/{campaignId}/drafts",
              refs -> Body.json(Map.of("listId", refs.apply("list")))),
          Map.entry(
              "PUT /api/campaigns/{campaignId}/schedule/order",
              refs -> Body.json(Map.of("first", List.of(refs.apply("invitation"))))),
          Map.entry("PUT /api/campaigns/{id}/safeguards", refs -> Body.json(Map.of("window", 20))),
          Map.entry("PUT /api/capacity", refs -> Body.json(Map.of("coffeesPerWeek", 3))),
          Map.entry(
              "PUT /api/invitations/{id}",
              refs ->
                  Body.json(
                      Map.of(
                          "subject",
                          "Your notes on the engine",
                          "body",
                          "Hi Ada, I read your notes on the engine and the part on loops stayed"
                              + " with me. Would 20 minutes on a call work? No worries if not."))),
          Map.entry("POST /api/invitations/{id}/approve", refs -> decision()),
          Map.entry("POST /api/invitations/{id}/reject", refs -> decision()),
          Map.entry("POST /api/invitations/{id}/unapprove", refs -> decision()),
          Map.entry("POST /api/invitations/{id}/reopen", refs -> decision()),
          Map.entry(
              "POST /api/invitations/{id}/outcome",
              refs -> Body.json(Map.of("outcome", "ACCEPTED", "note", "said yes by phone"))),
          Map.entry(
              "POST /api/templates",
              refs -> Body.json(Map.of("source", Estate.templateSource("note-" + unique())))),
          Map.entry(
              "POST /api/templates/preview",
              refs ->
                  Body.json(
                      Map.of(
                          "templateName", "blog-post-email",
                          "contactId", refs.apply("contact"),
                          "campaignId", refs.apply("campaign")))),
          Map.entry(
              "POST /api/users",
              refs ->
                  Body.json(
                      Map.of(
                          "email", "new" + unique() + "-" + System.nanoTime() + "@test.local",
                          "displayName", "New Colleague",
                          "password", "a-long-enough-secret"))),
          Map.entry("POST /api/admin/clock", refs -> Body.json(Map.of("advance", "PT0S"))));

  private SampleBodies() {}

  /**
   * The body to send with {@code op} (empty when it takes none), or {@link UnknownOperation} when
   * the operation takes a body nobody described here yet.
   */
  static Optional<Body> of(ApiSurface.Operation op, Function<String, Object> refs) {
    if (!op.hasRequestBody()) {
      return Optional.empty();
    }
    Function<Function<String, Object>, Body> sample = TABLE.get(op.key());
    if (sample == null) {
      throw new UnknownOperation(
          op.key() + " takes a request body the sweeps cannot make: add it to SampleBodies");
    }
    return Optional.of(sample.apply(refs));
  }

  private static int unique() {
    return UNIQUE.incrementAndGet();
  }

  private static Body decision() {
    return Body.json(Map.of("reason", "checked by hand"));
  }

  private static Map<String, Object> list() {
    return Map.of(
        "name", "Speakers " + unique(), "basis", "people whose talks I attended this year");
  }

  private static Map<String, Object> contact() {
    return Map.of(
        "firstName", "Mallory",
        "lastName", "Example",
        "email", "mallory" + unique() + "@example.com",
        "relationship", "PEER",
        "timeZone", "Europe/Berlin",
        "tags", List.of("speaker"),
        "hooks",
            List.of(
                Map.of(
                    "type", "TALK",
                    "title", "Queues in practice",
                    "publishedOn", "2026-10-01",
                    "note", "the slide on back-pressure")));
  }

  private static Map<String, Object> campaign() {
    Map<String, Object> body = new HashMap<>(Scenario.campaignBody("EMAIL", List.of()));
    body.put("name", "Coffee " + unique());
    return body;
  }
}
