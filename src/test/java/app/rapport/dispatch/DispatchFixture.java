package app.rapport.dispatch;

import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import java.util.List;
import java.util.Map;

/** A started campaign with approved invitations, built through the API. */
record DispatchFixture(Api user, long campaign, List<Long> invitations) {

  static DispatchFixture started(int people, String channel, int cap, String zone) {
    Api user = Api.newUser();
    long list = Scenario.list(user, People.csv(people, channel.equals("MANUAL")));
    Map<String, Object> body = Scenario.campaignBody(channel, List.of());
    body.put("dailyCap", cap);
    body.put("timeZone", zone);
    body.put("windowStart", "09:00");
    body.put("windowEnd", "17:00");
    body.put(
        "sendDays",
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
    long campaign = Scenario.campaign(user, body);
    Scenario.draft(user, campaign, list);
    user.request()
        .body(Map.of("overrideWarnings", true, "reason", "reviewed in the test"))
        .post("/api/campaigns/" + campaign + "/approve")
        .then()
        .statusCode(200)
        .body("left", org.hamcrest.Matchers.empty());
    user.request().post("/api/campaigns/" + campaign + "/start").then().statusCode(200);
    List<Long> ids =
        Scenario.invitations(user, campaign).stream()
            .map(d -> ((Number) d.get("id")).longValue())
            .toList();
    return new DispatchFixture(user, campaign, ids);
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

  long inState(String state) {
    return invitations.stream().filter(id -> state.equals(invitation(id).get("state"))).count();
  }
}
