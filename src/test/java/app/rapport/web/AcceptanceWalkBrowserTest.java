package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.dispatch.Dispatcher;
import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import app.rapport.support.SmtpSink;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The loop past approval in a real browser: the test clock moves past the sending window, one
 * dispatch tick sends an invitation by SMTP, the recipient opens the accept link from the message
 * and confirms, and the sender sees the acceptance on the Today and Metrics pages.
 */
@QuarkusTest
class AcceptanceWalkBrowserTest {

  static final int SMTP_PORT = 3525;
  static final Instant MONDAY_1730_BERLIN = Instant.parse("2026-11-23T16:30:00Z");
  static final Pattern ACCEPT = Pattern.compile("(/a/[A-Za-z0-9_.~-]+)\\?choice=accept");

  @Inject Dispatcher dispatcher;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @TestHTTPResource("/")
  URL base;

  @AfterEach
  void stopSending() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update campaign set status = 'PAUSED' where status = 'ACTIVE'")
                    .executeUpdate());
    clock.reset();
  }

  String at(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  static long startedCampaign(Api user) {
    long list = Scenario.list(user, People.csv(1, false));
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("name", "Walk coffee");
    body.put("dailyCap", 1);
    body.put("timeZone", "Europe/Berlin");
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
        .statusCode(200);
    user.request().post("/api/campaigns/" + campaign + "/start").then().statusCode(200);
    return campaign;
  }

  @Test
  void a_sent_invitation_accepted_from_its_link_shows_on_the_metrics_page() throws Exception {
    clock.setTo(MONDAY_1730_BERLIN);
    Api user = Api.newUser();
    long campaign = startedCampaign(user);
    GreenMail mail = SmtpSink.on(SMTP_PORT);
    String body;
    try {
      dispatcher.tick();
      assertThat(mail.getReceivedMessages()).hasSize(1);
      body = GreenMailUtil.getBody(mail.getReceivedMessages()[0]).replace("=\r\n", "");
    } finally {
      mail.stop();
    }
    Matcher link = ACCEPT.matcher(body.replace("=3D", "="));
    assertThat(link.find()).as("an accept link in the message").isTrue();

    try (Browser browser = new Browser()) {
      browser.driver.get(at(link.group(1) + "?choice=accept"));
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form")));
      browser.screenshot("21-answer-confirm");
      browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you"));
      browser.screenshot("22-answer-thanks");

      browser.driver.get(at("/today/" + campaign));
      browser.wait.until(ExpectedConditions.urlContains("/login"));
      browser.driver.findElement(By.id("email")).sendKeys(user.email());
      browser.driver.findElement(By.id("password")).sendKeys(user.password());
      browser.driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
      browser.wait.until(ExpectedConditions.urlContains("/today/" + campaign));
      String today = browser.driver.findElement(By.tagName("main")).getText();
      assertThat(today).contains("Walk coffee").contains("1 sent of 1 today, 0 remaining");
      assertThat(browser.driver.findElements(By.cssSelector(".timeline .slot-used"))).hasSize(1);
      browser.screenshot("23-today");

      browser.driver.get(at("/metrics"));
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#campaign-table")));
      String row = browser.driver.findElement(By.xpath("//tr[td/a[.='Walk coffee']]")).getText();
      assertThat(row).contains("100.0 %");
      browser.wait.until(
          d ->
              d.findElement(By.id("chart-time")).getAttribute("width") != null
                  && !d.findElement(By.id("chart-time")).getAttribute("width").equals("300"));
      browser.screenshot("24-metrics");
      assertThat(browser.refusals()).isEmpty();
    }
  }
}
