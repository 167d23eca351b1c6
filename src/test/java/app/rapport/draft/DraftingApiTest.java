package app.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import app.rapport.support.Drafts;
import app.rapport.support.Scenario;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftingApiTest {

  @Inject EntityManager em;

  /** An email campaign drafted for the people of {@link Scenario#PEOPLE}; its id. */
  private static long draftedEmailCampaign(Api user) {
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    return campaign;
  }

  @Test
  void drafting_a_list_writes_one_specific_invitation_per_person() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Map<String, Object> report = Scenario.draft(user, campaign, list);
    assertThat(report).containsEntry("drafted", 3).containsEntry("unchanged", 0);
    List<Map<String, Object>> drafts = Scenario.invitations(user, campaign);
    assertThat(drafts).hasSize(3);
    Map<String, Object> grace =
        drafts.stream().filter(d -> "TALK".equals(d.get("contextType"))).findFirst().orElseThrow();
    assertThat((String) grace.get("body"))
        .contains("Hi Grace")
        .contains("Nanoseconds explained")
        .contains("20 minutes")
        .contains("/a/v1.")
        .contains("/u/v1.")
        .doesNotContain("{{");
    assertThat((String) grace.get("templateName")).startsWith("talk-email");
    assertThat(grace.get("state")).isEqualTo("DRAFTED");
    assertThat(drafts)
        .allSatisfy(
            d ->
                assertThat(d.get("blocked")).as("findings %s", d.get("findings")).isEqualTo(false));
  }

  @Test
  void drafting_again_never_duplicates() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    Map<String, Object> again = Scenario.draft(user, campaign, list);
    assertThat(again).containsEntry("drafted", 0).containsEntry("unchanged", 3);
    assertThat(Scenario.invitations(user, campaign)).hasSize(3);
  }

  @Test
  void people_without_context_address_or_consent_are_skipped_with_the_reason() {
    Api user = Api.newUser();
    long list =
        Scenario.list(
            user, Scenario.PEOPLE + "Nobody,Context,nocontext@example.com,Acme,CTO,peer,,,,,\n");
    user.request()
        .body(Map.of("address", "ada@example.com", "reason", "OPTED_OUT"))
        .post("/api/suppressions")
        .then()
        .statusCode(201);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Map<String, Object> report = Scenario.draft(user, campaign, list);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> skipped = (List<Map<String, Object>>) report.get("skipped");
    assertThat(skipped)
        .extracting(s -> (String) s.get("reason"))
        .anyMatch(r -> r.startsWith("suppressed"))
        .anyMatch(r -> r.startsWith("no usable context"));
    assertThat(report).containsEntry("drafted", 2);
  }

  @Test
  void a_manual_campaign_skips_people_without_a_profile_and_fits_linkedin() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("MANUAL", List.of()));
    Map<String, Object> report = Scenario.draft(user, campaign, list);
    assertThat(report).containsEntry("drafted", 0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> skipped = (List<Map<String, Object>>) report.get("skipped");
    assertThat(skipped).allMatch(s -> ((String) s.get("reason")).startsWith("no profile URL"));

    long linked =
        Scenario.list(
            user,
            "First Name,Profile URL,Context Type,Context Title\nJane,https://www.linkedin.com/in/janedoe,talk,Data contracts\n");
    Scenario.draft(user, campaign, linked);
    Map<String, Object> note = Scenario.invitations(user, campaign).getFirst();
    assertThat(((String) note.get("body")).length()).isLessThanOrEqualTo(300);
    assertThat(note.get("subject")).isNull();
    assertThat((String) note.get("body")).doesNotContain("/a/v1.");
  }

  @Test
  void ab_variants_are_split_evenly_and_recorded() {
    Api user = Api.newUser();
    StringBuilder csv =
        new StringBuilder("First Name,Email,Context Type,Context Title,Context Note\n");
    String[] topics = {"Streams", "Backpressure", "Idempotency", "Exactly once"};
    for (int i = 0; i < 4; i++) {
      csv.append("P")
          .append(i)
          .append(",p")
          .append(i)
          .append("@example.com,blog post,")
          .append(topics[i])
          .append(" in practice,your section on ")
          .append(topics[i].toLowerCase())
          .append("\n");
    }
    long list = Scenario.list(user, csv.toString());
    long campaign =
        Scenario.campaign(
            user, Scenario.campaignBody("EMAIL", List.of("blog-post-email", "blog-post-email-b")));
    Scenario.draft(user, campaign, list);
    List<String> templates =
        Scenario.invitations(user, campaign).stream()
            .map(d -> (String) d.get("templateName"))
            .toList();
    assertThat(templates).containsOnly("blog-post-email", "blog-post-email-b");
    assertThat(templates.stream().filter("blog-post-email"::equals).count()).isEqualTo(2);
  }

  @Test
  void an_edit_is_checked_again_and_regenerating_keeps_it() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long campaign = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, campaign, list);
    long id = Scenario.firstInvitationId(user, campaign);
    String gift =
        Drafts.keepingOptOut(
            user,
            id,
            "Hi Ada, congratulations! Here is a $25 Starbucks gift card as a small present."
                + " Best, Sam");
    user.request()
        .body(Map.of("subject", "Congratulations", "body", gift))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(200)
        .body("edited", equalTo(true))
        .body("blocked", equalTo(true))
        .body("findings.code", hasItem("GIFT"))
        .body("findings.code", hasItem("NO_CONTEXT"));
    user.request()
        .body(Map.of("regenerate", true, "listId", list))
        .post("/api/campaigns/" + campaign + "/drafts")
        .then()
        .statusCode(200)
        .body("regenerated", equalTo(2))
        .body("unchanged", equalTo(1));
    user.request().get("/api/invitations/" + id).then().body("body", equalTo(gift));
    user.request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("event", hasItem("DRAFT"))
        .body("event", hasItem("EDIT"));
  }

  @Test
  void template_tags_in_edited_text_are_refused_and_never_evaluated() {
    Api user = Api.newUser();
    long id = Scenario.firstInvitationId(user, draftedEmailCampaign(user));
    String literal = Drafts.keepingOptOut(user, id, "Hi {{contact.firstName}}, literally");
    user.request()
        .body(Map.of("subject", "Hello", "body", "Hi {{{contact.email}}}"))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(422);
    user.request()
        .body(Map.of("subject", "Hello", "body", "Hi {{>partial}}"))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(422);
    user.request()
        .body(Map.of("subject", "Hello", "body", literal))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(200)
        .body("body", equalTo(literal));
    user.request()
        .body(Map.of("subject", "Hi\r\nBcc: x@evil.example", "body", "Hello"))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(400);
  }

  @Test
  void an_edit_that_drops_the_opt_out_link_is_refused_and_changes_nothing() {
    Api user = Api.newUser();
    long id = Scenario.firstInvitationId(user, draftedEmailCampaign(user));
    String before = user.request().get("/api/invitations/" + id).then().extract().path("body");
    assertThat(before).containsPattern("https?://\\S+/u/\\S+");

    user.request()
        .body(Map.of("subject", "Coffee?", "body", "Hi Ada, loved the post on loops. Sam"))
        .put("/api/invitations/" + id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("Keep the opt-out link"));

    user.request()
        .get("/api/invitations/" + id)
        .then()
        .body("body", equalTo(before))
        .body("edited", equalTo(false));
    user.request()
        .get("/api/invitations/" + id + "/audit")
        .then()
        .body("event", not(hasItem("EDIT")));
  }

  @Test
  void identical_bodies_to_several_people_are_a_blast() {
    Api user = Api.newUser();
    long campaign = draftedEmailCampaign(user);
    String same =
        "I'm reaching out because I'm starting an independent practice. I read your post on loops."
            + " Would you have 20 minutes for a call about how you found your first clients?"
            + " I can share my notes from interviewing forty data teams. No worries if not.";
    for (Map<String, Object> draft : Scenario.invitations(user, campaign)) {
      user.request()
          .body(
              Map.of(
                  "subject",
                  "Coffee?",
                  "body",
                  Drafts.keepingOptOut(user, ((Number) draft.get("id")).longValue(), same)))
          .put("/api/invitations/" + draft.get("id"))
          .then()
          .statusCode(200);
    }
    assertThat(Scenario.invitations(user, campaign))
        .allSatisfy(d -> assertThat(d.get("findings").toString()).contains("BLAST"));
  }

  @Test
  void someone_invited_recently_by_another_campaign_is_skipped() {
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    long first = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Scenario.draft(user, first, list);
    long ada =
        ((Number)
                Scenario.invitations(user, first).stream()
                    .filter(d -> "BLOG_POST".equals(d.get("contextType")))
                    .findFirst()
                    .orElseThrow()
                    .get("id"))
            .longValue();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createQuery("update Invitation set sentAt = :at where id = :id")
                    .setParameter("at", Instant.now().minus(10, ChronoUnit.DAYS))
                    .setParameter("id", ada)
                    .executeUpdate());
    long second = Scenario.campaign(user, Scenario.campaignBody("EMAIL", List.of()));
    Map<String, Object> report = Scenario.draft(user, second, list);
    assertThat(report).containsEntry("drafted", 2);
    assertThat(report.get("skipped").toString()).contains("invited in the last 90 days");
  }

  @Test
  void a_mutual_connection_in_your_contacts_gets_an_introduction_request() {
    Api user = Api.newUser();
    String csv =
        """
        First Name,Last Name,Email,Context Type,Context Title,Context Note
        Target,Person,target@example.com,mutual connection,Mia Middle,
        Mia,Middle,mia@example.com,article,Streaming at scale,the part on retries
        """;
    long list = Scenario.list(user, csv);
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("introductions", true);
    long campaign = Scenario.campaign(user, body);
    Scenario.draft(user, campaign, list);
    Map<String, Object> intro =
        Scenario.invitations(user, campaign).stream()
            .filter(d -> "INTRODUCTION_REQUEST".equals(d.get("kind")))
            .findFirst()
            .orElseThrow();
    assertThat(intro.get("recipientId")).isNotEqualTo(intro.get("contactId"));
    assertThat((String) intro.get("body")).contains("Hi Mia").contains("Target");
  }

  @Test
  void a_cap_above_the_ceiling_is_refused_with_the_guards_words() {
    Api user = Api.newUser();
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("dailyCap", 80);
    user.request()
        .body(body)
        .post("/api/campaigns")
        .then()
        .statusCode(422)
        .body("findings[0].code", equalTo("CAP"));
  }

  @Test
  void an_email_campaign_needs_a_sender_address_and_known_templates() {
    Api user = Api.newUser();
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.remove("senderEmail");
    user.request()
        .body(body)
        .post("/api/campaigns")
        .then()
        .statusCode(422)
        .body("detail", containsString("senderEmail"));
    user.request()
        .body(Scenario.campaignBody("EMAIL", List.of("no-such-template")))
        .post("/api/campaigns")
        .then()
        .statusCode(422)
        .body("detail", containsString("no-such-template"));
  }
}
