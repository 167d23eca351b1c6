package app.rapport.response;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A user with a list, a campaign and its drafted invitations, built through the API. */
record AnswerFixture(Api user, long campaign, List<Long> ids) {

  static AnswerFixture drafted(String csv, Map<String, Object> overrides) {
    Api user = Api.newUser();
    long list = Scenario.list(user, csv);
    Map<String, Object> body = new HashMap<>(Scenario.campaignBody("EMAIL", List.of()));
    body.putAll(overrides);
    long campaign = Scenario.campaign(user, body);
    Scenario.draft(user, campaign, list);
    List<Long> ids = Scenario.invitationIds(user, campaign);
    return new AnswerFixture(user, campaign, ids);
  }

  static AnswerFixture drafted() {
    return drafted(Scenario.PEOPLE, Map.of("bookingUrl", "https://cal.example/sam"));
  }

  String state(long id) {
    return user.request()
        .get("/api/invitations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("state");
  }

  void start() {
    user.request().post("/api/campaigns/" + campaign + "/start").then().statusCode(200);
  }
}
