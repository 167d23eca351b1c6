package app.rapport.support;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the usual starting point of a test through the API: a list of people and a campaign. */
public final class Scenario {

  public static final String PEOPLE =
      """
      First Name,Last Name,Email,Company,Position,Relationship,Context Type,Context Title,Context URL,Context Date,Context Note
      Ada,Lovelace,ada@example.com,Analytical,Engineer,peer,blog post,Notes on the engine,https://ada.example/notes,2026-09-01,the part on loops
      Grace,Hopper,grace@example.com,Navy,Admiral,senior,talk,Nanoseconds explained,https://talks.example/nano,2026-10-12,the wire you handed out
      Linus,Torvalds,linus@example.com,Kernel,Maintainer,peer,article,On email patches,https://lwn.example/patches,2026-08-20,
      """;

  private Scenario() {}

  public static long list(Api user, String csv) {
    long list = emptyList(user);
    user.request()
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/lists/" + list + "/imports")
        .then()
        .statusCode(201);
    return list;
  }

  /** A new list with no one on it yet. */
  public static long emptyList(Api user) {
    return user.request()
        .body(Map.of("name", "list " + System.nanoTime()))
        .post("/api/lists")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> campaignBody(String channel, List<String> templates) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Coffee " + System.nanoTime());
    body.put(
        "intent",
        "I'm starting an independent practice in data engineering and want to learn from people who've done it");
    body.put("ask", "a 20-minute video call");
    body.put("minutes", 20);
    body.put("topic", "how you found your first clients");
    body.put("valueOffered", "my notes from interviewing forty data teams");
    body.put("channel", channel);
    body.put("templates", templates);
    body.put("senderName", "Sam Sender");
    body.put("senderEmail", "sam@sender.example");
    body.put("signature", "Sam");
    return body;
  }

  public static long campaign(Api user, Map<String, Object> body) {
    return user.request()
        .body(body)
        .post("/api/campaigns")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * A started campaign for the people of {@code csv}: sending 09:00–17:00 every day of the week in
   * {@code zone}, every draft approved (warnings overridden). Returns the campaign id.
   */
  public static long started(Api user, String csv, String channel, int cap, String zone) {
    long list = list(user, csv);
    long campaign = paced(user, channel, cap, zone);
    draft(user, campaign, list);
    approveAllAndStart(user, campaign);
    return campaign;
  }

  /** A campaign sending 09:00–17:00 every day of the week in {@code zone}, not started. */
  public static long paced(Api user, String channel, int cap, String zone) {
    Map<String, Object> body = campaignBody(channel, List.of());
    body.put("dailyCap", cap);
    body.put("timeZone", zone);
    body.put("windowStart", "09:00");
    body.put("windowEnd", "17:00");
    body.put(
        "sendDays",
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
    return campaign(user, body);
  }

  /** Approves every draft of the campaign (warnings overridden, none left) and starts it. */
  public static void approveAllAndStart(Api user, long campaign) {
    user.request()
        .body(Map.of("overrideWarnings", true, "reason", "reviewed in the test"))
        .post("/api/campaigns/" + campaign + "/approve")
        .then()
        .statusCode(200)
        .body("left", org.hamcrest.Matchers.empty());
    user.request().post("/api/campaigns/" + campaign + "/start").then().statusCode(200);
  }

  public static Map<String, Object> draft(Api user, long campaign, long list) {
    return user.request()
        .body(Map.of("listId", list))
        .post("/api/campaigns/" + campaign + "/drafts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  public static List<Map<String, Object>> invitations(Api user, long campaign) {
    return user.request()
        .get("/api/campaigns/" + campaign + "/invitations?limit=500")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.notNullValue())
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The ids of the campaign's invitations, in the order they were drafted (ascending ids). */
  public static List<Long> invitationIds(Api user, long campaign) {
    return invitations(user, campaign).stream()
        .map(d -> ((Number) d.get("id")).longValue())
        .sorted()
        .toList();
  }

  /** The id of the campaign's first invitation (in the list's order). */
  public static long firstInvitationId(Api user, long campaign) {
    return ((Number) invitations(user, campaign).getFirst().get("id")).longValue();
  }
}
