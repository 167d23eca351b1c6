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
    long campaign =
        Scenario.started(user, People.csv(people, channel.equals("MANUAL")), channel, cap, zone);
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
