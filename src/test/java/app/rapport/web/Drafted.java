package app.rapport.web;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A user with a list, an email campaign and its drafts, built through the API: the starting point
 * of the review and campaign page tests. One person's context note offers a gift card, so their
 * draft is blocked by the guard.
 */
record Drafted(Api user, long list, long campaign, List<Map<String, Object>> drafts) {

  static final String PEOPLE =
      Scenario.PEOPLE
          + "Mary,Shelley,mary@example.com,Gothic,Writer,peer,blog post,On monsters,"
          + "https://mary.example/monsters,2026-09-20,and I'll send you a $20 gift card for your"
          + " time\n";

  static Drafted create() {
    Api user = Api.newUser();
    long list = Scenario.list(user, PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    return new Drafted(user, list, campaign, Scenario.invitations(user, campaign));
  }

  long draftTo(String email) {
    long contact =
        user.request()
            .get("/api/contacts?q=" + email)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    return drafts.stream()
        .filter(d -> ((Number) d.get("recipientId")).longValue() == contact)
        .map(d -> ((Number) d.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  Map<String, Object> invitation(long id) {
    return user.request()
        .get("/api/invitations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }
}
