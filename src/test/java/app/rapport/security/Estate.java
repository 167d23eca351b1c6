package app.rapport.security;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of everything a user can own, made through the API: lists, an import, contacts, a
 * suppression, a token, a template of their own, an email campaign with drafted invitations and a
 * manual campaign with a task. The sweeps call every endpoint with these ids.
 *
 * <p>{@link #ids} maps a noun (as it appears in paths and in {@code …Id} body fields) to the id to
 * use for it.
 */
record Estate(Api user, String tag, Map<String, Object> ids) {

  static final String MANUAL_PEOPLE =
      """
      First Name,Last Name,Profile URL,Context Type,Context Title
      Jane,Doe,https://www.linkedin.com/in/janedoe,talk,Data contracts at scale
      """;

  /** Makes a fresh user and everything they can own. */
  static Estate of(String tag) {
    Api user = Api.newUser();
    Map<String, Object> ids = new LinkedHashMap<>();

    long list = Scenario.list(user, Scenario.PEOPLE);
    ids.put("list", list);
    JsonPath imports =
        user.request().get("/api/imports").then().statusCode(200).extract().jsonPath();
    ids.put("import", imports.getLong("[0].id"));
    JsonPath members =
        user.request()
            .get("/api/contacts?listId=" + list)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    ids.put("contact", members.getLong("items[0].id"));

    ids.put(
        "suppression",
        user.request()
            .body(Map.of("address", tag + "-suppressed@example.net", "note", "asked not to"))
            .post("/api/suppressions")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    ids.put(
        "token",
        user.request()
            .body(Map.of("name", tag + " laptop"))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id"));
    String template = tag + "-talk-note";
    user.request()
        .body(Map.of("source", templateSource(template)))
        .post("/api/templates")
        .then()
        .statusCode(201);
    ids.put("template", template);

    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    ids.put("campaign", campaign);
    ids.put("invitation", Scenario.firstInvitationId(user, campaign));

    long manualList = Scenario.list(user, MANUAL_PEOPLE);
    long manual = Scenario.campaign(user, Scenario.campaignBody("MANUAL", List.of()));
    Scenario.draft(user, manual, manualList);
    ids.put("task", Scenario.firstInvitationId(user, manual));
    return new Estate(user, tag, Map.copyOf(ids));
  }

  /** The id for a noun, or a failure naming the noun nobody taught the sweeps. */
  Object id(String noun) {
    Object id = ids.get(noun);
    if (id == null) {
      throw new UnknownOperation("no " + noun + " in the estate (known: " + ids.keySet() + ")");
    }
    return id;
  }

  static String templateSource(String name) {
    return """
        ---
        name: %s
        description: A short note about a talk.
        contextType: TALK
        channels: EMAIL
        kind: INVITATION
        subject: Your talk {{hook.title}}
        requires: contact.firstName, hook.title
        ---
        Hi {{contact.firstName}}, I watched "{{hook.title}}". I'm reaching out because {{campaign.intent}}.
        Would {{campaign.minutes}} minutes work? No worries if not.
        """
        .formatted(name);
  }

  static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
