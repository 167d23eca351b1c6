package app.rapport.replica;

import app.rapport.support.Api;
import app.rapport.support.Scenario;
import java.util.List;
import java.util.Map;

/**
 * An email campaign of a fresh user with every invitation approved, built through the API of the
 * first replica as a user would; {@link #start()} hands it to the dispatchers. Its window is 09:00
 * to 17:00 Europe/Berlin on weekdays.
 */
record ApprovedCampaign(Api user, long id, int invitations) {

  static ApprovedCampaign of(int people, int cap) {
    Api user = Api.newUser();
    long list = Scenario.list(user, DistinctPeople.csv(people));
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("dailyCap", cap);
    body.put("timeZone", "Europe/Berlin");
    body.put("windowStart", "09:00");
    body.put("windowEnd", "17:00");
    body.put("sendDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    long campaign = Scenario.campaign(user, body);
    Scenario.draft(user, campaign, list);
    user.request()
        .body(Map.of("overrideWarnings", true, "reason", "reviewed in the replica test"))
        .post("/api/campaigns/" + campaign + "/approve")
        .then()
        .statusCode(200)
        .body("left", org.hamcrest.Matchers.empty());
    return new ApprovedCampaign(user, campaign, people);
  }

  void start() {
    user.request().post("/api/campaigns/" + id + "/start").then().statusCode(200);
  }

  /** Stops it sending, so that a later test on the same replicas only sees its own campaign. */
  void pause() {
    user.request().body(Map.of()).post("/api/campaigns/" + id + "/pause").then().statusCode(200);
  }
}
