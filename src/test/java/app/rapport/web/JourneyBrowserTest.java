package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contact.Suppressions;
import app.rapport.dispatch.Claims;
import app.rapport.dispatch.Delivery;
import app.rapport.dispatch.DispatchSettings;
import app.rapport.dispatch.Dispatcher;
import app.rapport.dispatch.mail.FileOutboxChannel;
import app.rapport.draft.AnswerLinks;
import app.rapport.metrics.DispatchMeters;
import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.Sending;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole loop in one real browser session, as a new user lives it: sign in, upload a CSV with
 * one bad row, fix the column mapping, read the report, create a campaign, draft, fix a blocked
 * draft in the review queue and approve, start sending; then the test clock moves past the sending
 * window, one dispatch tick "sends" through the file outbox, the recipient opens the accept link
 * from the {@code .eml} and confirms, and the sender sees it on the Today and Metrics pages. Every
 * step leaves a screenshot under {@code target/screenshots/journey-*}.
 *
 * <p>The test profile sends over SMTP, and the channel is chosen once at boot. Rather than a second
 * Quarkus boot with another profile, this class swaps in, for its test only, a {@link Delivery}
 * built on the real {@link FileOutboxChannel} writing to a fresh folder under {@code target/}.
 */
@QuarkusTest
class JourneyBrowserTest {

  /** A German export: three columns need mapping, one address is bad, one note offers a gift. */
  static final String EXPORT =
      """
      Vorname,Nachname,Mail,Firma,Position,Relationship,Context Type,Context Title,Context URL,Context Date,Context Note
      Ada,Lovelace,ada@example.com,Analytical,Engineer,peer,blog post,Notes on the engine,https://ada.example/notes,2026-09-01,the part on loops
      Grace,Hopper,grace@,Navy,Admiral,senior,talk,Nanoseconds explained,https://talks.example/nano,2026-10-12,the wire you handed out
      Linus,Torvalds,linus@example.com,Kernel,Maintainer,peer,article,On email patches,https://lwn.example/patches,2026-08-20,
      Mary,Shelley,mary@example.com,Gothic,Writer,peer,blog post,On monsters,https://mary.example/monsters,2026-09-20,and I'll send you a $20 gift card for your time
      """;

  /** The part of Mary's note the guard blocks: a gift to a stranger. */
  static final String GIFT = "and I'll send you a $20 gift card for your time";

  /** A Monday, before the default sending window (09:00–17:00 UTC, weekdays). */
  static final Instant MONDAY_0800_UTC = Instant.parse("2026-11-23T08:00:00Z");

  static final Pattern ACCEPT =
      Pattern.compile("https?://\\S+?(/a/[A-Za-z0-9_.~-]+)\\?choice=accept");

  static Browser browser;

  @Inject Dispatcher dispatcher;
  @Inject SettableClock clock;
  @Inject EntityManager em;
  @Inject Claims claims;
  @Inject AnswerLinks links;
  @Inject Suppressions suppressions;
  @Inject DispatchSettings settings;
  @Inject DispatchMeters meters;

  @TestHTTPResource("/")
  URL base;

  Path outbox;

  @BeforeAll
  static void start() {
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void signedOutWithAFileOutbox() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.width(1280);
    Files.createDirectories(Path.of("target"));
    outbox = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outbox-");
    FileOutboxChannel channel = new FileOutboxChannel(outbox, ZoneOffset.UTC);
    QuarkusMock.installMockForType(
        new Delivery(channel, claims, links, suppressions, settings, clock, meters),
        Delivery.class);
  }

  @AfterEach
  void stopSending() {
    Sending.pauseEveryActiveCampaign(em);
    clock.reset();
  }

  String at(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  @Test
  void a_new_user_goes_from_a_csv_to_an_acceptance_on_the_metrics_page() throws Exception {
    clock.setTo(MONDAY_0800_UTC);
    Api user = Api.newUser();
    String sender = "sam-" + System.nanoTime() + "@sender.example";

    signIn(user, "journey-01-sign-in");
    browser.screenshot("journey-02-lists");
    uploadWithOneBadRow();
    long campaign = createCampaign(sender);
    String mary = draftFixAndApprove();

    browser.driver.get(at("/campaigns/" + campaign));
    browser
        .driver
        .findElement(By.cssSelector("form[action$='/campaigns/" + campaign + "/start'] button"))
        .click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("form[action$='/campaigns/" + campaign + "/pause']")));
    browser.screenshot("journey-14-sending-started");
    int approved = approvedCount(user);

    clock.advance(Duration.ofHours(9).plusMinutes(30)); // 17:30, past the window
    dispatcher.tick();
    List<MimeMessage> sent = new OutboxFolder(outbox).from(sender);
    assertThat(sent).as(".eml files in " + outbox).hasSize(approved);
    MimeMessage toMary =
        sent.stream()
            .filter(m -> OutboxFolder.recipient(m).equals("mary@example.com"))
            .findFirst()
            .orElseThrow();
    String text = OutboxFolder.text(toMary);
    assertThat(text).contains("On monsters").doesNotContain("gift card");
    Matcher link = ACCEPT.matcher(text);
    assertThat(link.find()).as("an accept link in the message:\n" + text).isTrue();

    browser.driver.get(at(URI.create(link.group(1)).getPath() + "?choice=accept"));
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form")));
    browser.screenshot("journey-15-answer-confirm");
    browser.driver.findElement(By.cssSelector("form button.button[type=submit]")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you"));
    browser.screenshot("journey-16-answer-thanks");
    assertThat(user.request().get("/api/invitations/" + mary).path("state").toString())
        .isEqualTo("ACCEPTED");

    browser.driver.get(at("/today/" + campaign));
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline")));
    assertThat(browser.driver.findElement(By.tagName("main")).getText())
        .contains("Data coffee")
        .contains(approved + " sent of");
    assertThat(browser.driver.findElements(By.cssSelector(".timeline .slot-used")))
        .hasSize(approved);
    browser.screenshot("journey-17-today");

    browser.driver.get(at("/metrics"));
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#campaign-table")));
    List<String> row =
        browser.driver.findElements(By.xpath("//tr[td/a[.='Data coffee']]/td")).stream()
            .map(WebElement::getText)
            .toList();
    String rate = String.format(Locale.ROOT, "%.1f %%", 100.0 / approved);
    // Campaign, Drafted, Approved, Sent, Accepted, Declined, Met, Acceptance
    assertThat(row.get(3)).isEqualTo(String.valueOf(approved));
    assertThat(row.get(4)).isEqualTo("1");
    assertThat(row.get(7)).isEqualTo(rate);
    browser.wait.until(
        d -> !"300".equals(d.findElement(By.id("chart-time")).getAttribute("width")));
    browser.screenshot("journey-18-metrics");
    assertThat(browser.refusals()).as("content the CSP refused").isEmpty();
  }

  @Test
  void a_file_dropped_on_the_zone_is_previewed_and_imported() {
    Api user = Api.newUser();
    signIn(user, "journey-30-sign-in");
    newList("Dropped");
    browser.driver.executeScript(
        "const data = new DataTransfer();"
            + "data.items.add(new File([arguments[0]], 'dropped.csv', {type: 'text/csv'}));"
            + "const zone = document.getElementById('dropzone');"
            + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));"
            + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));",
        "First Name,Email,Context Type,Context Title\nAda,ada@example.com,blog post,Loops\n");
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview select[name=field]")));
    browser.screenshot("journey-31-dropped-preview");
    browser.width(360);
    assertThat(browser.overflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
    browser.screenshot("journey-32-dropped-preview-at-360px");
    browser.width(1280);
    browser.driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/imports/"));
    assertThat(browser.driver.findElement(By.tagName("main")).getText())
        .contains("dropped.csv")
        .contains("New people\n1");
  }

  private void signIn(Api user, String screenshot) {
    browser.driver.get(at("/lists"));
    browser.wait.until(ExpectedConditions.urlContains("/login"));
    browser.driver.findElement(By.id("email")).sendKeys(user.email());
    browser.driver.findElement(By.id("password")).sendKeys(user.password());
    browser.screenshot(screenshot);
    browser.driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
    browser.wait.until(ExpectedConditions.urlContains("/lists"));
  }

  private void newList(String name) {
    browser.driver.findElement(By.id("list-name")).sendKeys(name);
    browser.driver.findElement(By.id("list-basis")).sendKeys("Data people whose writing I use");
    browser.driver.findElement(By.cssSelector("form[action='/lists'] button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
  }

  private void uploadWithOneBadRow() throws Exception {
    newList("Data engineers");
    Path csv = Files.createTempFile("export-", ".csv");
    Files.writeString(csv, EXPORT, StandardCharsets.UTF_8);
    browser.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview select[name=field]")));
    browser.screenshot("journey-03-upload-preview");
    new Select(browser.driver.findElement(By.id("field-0"))).selectByValue("FIRST_NAME");
    new Select(browser.driver.findElement(By.id("field-1"))).selectByValue("LAST_NAME");
    new Select(browser.driver.findElement(By.id("field-3"))).selectByValue("COMPANY");
    browser.driver.findElement(By.cssSelector("input[name=mode][value=SKIP_INVALID]")).click();
    browser.screenshot("journey-04-mapping-fixed");
    assertThat(browser.overflow()).as("horizontal overflow of the preview").isLessThanOrEqualTo(0);
    browser.driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/imports/"));
    String report = browser.driver.findElement(By.tagName("main")).getText();
    assertThat(report).contains("New people\n3").contains("grace@").contains("Firma → Company");
    browser.screenshot("journey-05-import-report");
  }

  private long createCampaign(String sender) {
    browser.driver.get(at("/campaigns/new"));
    type("c-name", "Data coffee");
    type(
        "c-intent",
        "I'm starting an independent practice in data engineering and want to learn from people"
            + " who've done it");
    type("c-ask", "a 20-minute video call");
    type("c-topic", "how you found your first clients");
    type("c-value", "my notes from interviewing forty data teams");
    type("c-sender", "Sam Sender");
    type("c-email", sender);
    type("c-signature", "Sam");
    browser.screenshot("journey-06-new-campaign");
    browser.driver.findElement(By.cssSelector("form.campaign-form button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-list")));
    browser.screenshot("journey-07-campaign");
    Matcher id = Pattern.compile("/campaigns/(\\d+)").matcher(browser.driver.getCurrentUrl());
    assertThat(id.find()).as("the campaign's address").isTrue();
    return Long.parseLong(id.group(1));
  }

  /** Drafts for the list, fixes Mary's blocked draft and approves it, then the clean ones. */
  private String draftFixAndApprove() {
    new Select(browser.driver.findElement(By.id("draft-list"))).selectByIndex(1);
    browser.driver.findElement(By.cssSelector("form[action$='/drafts'] button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dl.counts")));
    browser.screenshot("journey-08-drafted");
    browser.driver.findElement(By.linkText("Review the drafts")).click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.draft")));
    browser.screenshot("journey-09-review-queue");

    By mary = By.xpath("//article[contains(@class,'draft')][.//h2[contains(.,'Mary Shelley')]]");
    WebElement card = browser.driver.findElement(mary);
    assertThat(card.findElements(By.cssSelector("mark.block"))).isNotEmpty();
    String id = card.getAttribute("id").replace("draft-", "");
    card.findElement(By.tagName("h2")).click();
    new Actions(browser.driver).sendKeys("e").perform();
    WebElement text = browser.driver.findElement(By.id("body-" + id));
    browser.wait.until(ExpectedConditions.visibilityOf(text));
    // Only the gift goes: the greeting, the hook and the answer links stay as drafted.
    String drafted = text.getAttribute("value");
    assertThat(drafted).contains(GIFT).contains("?choice=accept");
    text.clear();
    text.sendKeys(drafted.replace(GIFT, "").replaceAll(" +([,.;:!?])", "$1").replace("  ", " "));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("check-" + id), "not saved yet"));
    browser.wait.until(
        d -> d.findElements(By.cssSelector("#check-" + id + " mark.block")).isEmpty());
    browser.screenshot("journey-10-live-check");
    browser
        .driver
        .findElement(By.cssSelector("#draft-" + id + " details.edit button[type=submit]"))
        .click();
    browser.wait.until(
        d ->
            d.findElements(By.cssSelector("#draft-" + id + " [data-action=approve]")).size() == 1
                && d.findElements(By.cssSelector("#draft-" + id + " mark.block")).isEmpty());
    browser.screenshot("journey-11-draft-fixed");

    new Actions(browser.driver).sendKeys("a").perform();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#draft-" + id + " .badge"), "Approved"));
    browser.screenshot("journey-12-approved");

    browser
        .driver
        .findElement(By.cssSelector("form[action$='/review/approve-clean'] button"))
        .click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
    browser.screenshot("journey-13-bulk-approved");
    return id;
  }

  private static int approvedCount(Api user) {
    return user.request()
        .get("/api/invitations?state=APPROVED&limit=50")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  private void type(String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
