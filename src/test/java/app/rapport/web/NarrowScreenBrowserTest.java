package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.dispatch.Dispatcher;
import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.People;
import app.rapport.support.Scenario;
import app.rapport.support.Sending;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every main page on a 360 px wide phone: nothing makes the page scroll sideways, and the controls
 * a person needs there are on screen (not clipped, not pushed off to the right). The pages carry
 * real content: a campaign with drafts, a manual task and an invitation in doubt on Today, sent
 * invitations in Metrics.
 */
@QuarkusTest
class NarrowScreenBrowserTest {

  static final Instant MONDAY_1730_BERLIN = Instant.parse("2026-11-23T16:30:00Z");
  static final List<String> HEADER =
      List.of("header.top .brand", "header.top nav a", ".signout button");

  @Inject Dispatcher dispatcher;
  @Inject SettableClock clock;
  @Inject EntityManager em;

  @TestHTTPResource("/")
  URL base;

  @AfterEach
  void stopSending() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  @Test
  void every_main_page_fits_a_360_px_screen_with_its_controls_in_view() {
    clock.setTo(MONDAY_1730_BERLIN);
    Api user = Api.newUser();
    long list = Scenario.list(user, Scenario.PEOPLE);
    Map<String, Object> body = Scenario.campaignBody("EMAIL", List.of());
    body.put("name", "Coffee with the data engineers of the Rhine valley");
    long email = Scenario.campaign(user, body);
    Scenario.draft(user, email, list);
    List<Long> drafts =
        Scenario.invitations(user, email).stream()
            .map(i -> ((Number) i.get("id")).longValue())
            .toList();
    Sending.markSent(em, drafts.get(0), MONDAY_1730_BERLIN.minusSeconds(3600));
    Sending.setState(em, drafts.get(1), "UNKNOWN");
    long task = manualTask(user);

    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = new Browser()) {
      browser.width(360);
      signIn(browser, user);
      check(
          softly,
          browser,
          "/today",
          "meter",
          ".day h3 a",
          "#task-" + task + " .actions button",
          "#unknown-" + drafts.get(1) + " button");
      browser.driver.executeScript(
          "document.getElementById(arguments[0]).scrollIntoView()", "task-" + task);
      browser.screenshot("narrow-today-task-and-doubt");
      check(softly, browser, "/today/" + email, "meter", ".crumbs a");
      check(softly, browser, "/metrics", "a.button[download]", "#chart-time", ".funnel meter");
      check(softly, browser, "/lists", "#list-name", "#list-basis", "form[action='/lists'] button");
      check(
          softly,
          browser,
          "/lists/" + list,
          "#dropzone",
          "#file",
          "#upload button[type=submit]",
          "#q");
      check(softly, browser, "/campaigns", "a.button[href='/campaigns/new']");
      check(
          softly,
          browser,
          "/campaigns/" + email,
          ".toolbar a.button",
          ".toolbar button",
          "#draft-list",
          "form[action$='/drafts'] button");
      check(
          softly,
          browser,
          "/campaigns/" + email + "/review",
          "form[action$='/review/approve-clean'] button",
          "article.draft details.edit summary",
          "article.draft [data-action=reject]");
      check(
          softly,
          browser,
          "/campaigns/new",
          "#c-name",
          "#c-zone",
          "#c-end",
          "form.campaign-form button[type=submit]");
      check(softly, browser, "/tokens", "#token-name", "form[action='/tokens'] button");
      softly.assertThat(browser.refusals()).as("content the CSP refused").isEmpty();
    }
    softly.assertAll();
  }

  /** A started manual campaign whose one person is due by now: a task on Today. */
  private long manualTask(Api user) {
    long campaign = Scenario.started(user, People.csv(1, true), "MANUAL", 1, "Europe/Berlin");
    dispatcher.tick();
    return Scenario.firstInvitationId(user, campaign);
  }

  private void signIn(Browser browser, Api user) {
    browser.driver.get(at("/today"));
    browser.wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(browser.overflow()).as("overflow of the sign-in page").isLessThanOrEqualTo(0);
    browser.screenshot("narrow-sign-in");
    browser.driver.findElement(By.id("email")).sendKeys(user.email());
    browser.driver.findElement(By.id("password")).sendKeys(user.password());
    browser.driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
    browser.wait.until(ExpectedConditions.urlContains("/today"));
  }

  /** Opens {@code path}, saves a screenshot and checks the page and the given controls fit. */
  private void check(SoftAssertions softly, Browser browser, String path, String... controls) {
    browser.driver.get(at(path));
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    browser.screenshot("narrow" + path.replaceAll("[^A-Za-z0-9]+", "-"));
    softly
        .assertThat(browser.overflow())
        .as("horizontal overflow of " + path)
        .isLessThanOrEqualTo(0);
    List<String> selectors = new ArrayList<>(HEADER);
    selectors.addAll(List.of(controls));
    softly
        .assertThat(outOfView(browser, selectors))
        .as("controls out of view on " + path)
        .isEmpty();
  }

  /** The selectors matching nothing, or an element with no size or reaching past the viewport. */
  @SuppressWarnings("unchecked")
  private static List<String> outOfView(Browser browser, List<String> selectors) {
    return (List<String>)
        browser.driver.executeScript(
            "const width = document.documentElement.clientWidth; const bad = [];"
                + "for (const s of arguments[0]) {"
                + "  const all = [...document.querySelectorAll(s)];"
                + "  if (all.length === 0) { bad.push(s + ': not on the page'); continue; }"
                + "  for (const e of all) {"
                + "    const r = e.getBoundingClientRect();"
                + "    if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > width + 0.5)"
                + "      bad.push(s + ': ' + Math.round(r.left) + '..' + Math.round(r.right)"
                + "        + ' of ' + width);"
                + "  }"
                + "}"
                + "return bad;",
            selectors);
  }

  private String at(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }
}
