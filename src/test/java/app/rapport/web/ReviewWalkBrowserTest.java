package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The first job end to end in a real browser: sign in, upload a CSV with one bad row, fix the
 * column mapping, read the report, create a campaign, draft, and in the review queue fix a blocked
 * draft with the editor and approve it from the keyboard. Each step leaves a screenshot.
 */
@QuarkusTest
class ReviewWalkBrowserTest {

  /** A German export: three columns need mapping, one address is bad, one note offers a gift. */
  static final String EXPORT =
      """
      Vorname,Nachname,Mail,Firma,Position,Relationship,Context Type,Context Title,Context URL,Context Date,Context Note
      Ada,Lovelace,ada@example.com,Analytical,Engineer,peer,blog post,Notes on the engine,https://ada.example/notes,2026-09-01,the part on loops
      Grace,Hopper,grace@,Navy,Admiral,senior,talk,Nanoseconds explained,https://talks.example/nano,2026-10-12,the wire you handed out
      Linus,Torvalds,linus@example.com,Kernel,Maintainer,peer,article,On email patches,https://lwn.example/patches,2026-08-20,
      Mary,Shelley,mary@example.com,Gothic,Writer,peer,blog post,On monsters,https://mary.example/monsters,2026-09-20,and I'll send you a $20 gift card for your time
      """;

  static Browser browser;

  @TestHTTPResource("/")
  URL base;

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
  void signedOut() {
    browser.driver.manage().deleteAllCookies();
    browser.width(1280);
  }

  String at(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  void signIn(Api user) {
    browser.driver.get(at("/lists"));
    browser.wait.until(ExpectedConditions.urlContains("/login"));
    browser.driver.findElement(By.id("email")).sendKeys(user.email());
    browser.driver.findElement(By.id("password")).sendKeys(user.password());
    browser.screenshot("01-sign-in");
    browser.driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
    browser.wait.until(ExpectedConditions.urlContains("/lists"));
  }

  void newList(String name) {
    browser.driver.findElement(By.id("list-name")).sendKeys(name);
    browser.driver.findElement(By.id("list-basis")).sendKeys("Data people whose writing I use");
    browser.driver.findElement(By.cssSelector("form[action='/lists'] button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
  }

  @Test
  void sign_in_upload_fix_the_mapping_draft_fix_a_blocked_draft_and_approve_it() throws Exception {
    Api user = Api.newUser();
    signIn(user);
    browser.screenshot("02-lists");
    newList("Data engineers");

    Path csv = Files.createTempFile("export-", ".csv");
    Files.writeString(csv, EXPORT, StandardCharsets.UTF_8);
    browser.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview select[name=field]")));
    browser.screenshot("03-upload-preview");
    new Select(browser.driver.findElement(By.id("field-0"))).selectByValue("FIRST_NAME");
    new Select(browser.driver.findElement(By.id("field-1"))).selectByValue("LAST_NAME");
    new Select(browser.driver.findElement(By.id("field-3"))).selectByValue("COMPANY");
    browser.driver.findElement(By.cssSelector("input[name=mode][value=SKIP_INVALID]")).click();
    browser.screenshot("04-mapping-fixed");
    assertThat(overflow()).as("horizontal overflow of the preview page").isLessThanOrEqualTo(0);
    browser.driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/imports/"));
    String report = browser.driver.findElement(By.tagName("main")).getText();
    assertThat(report).contains("New people\n3").contains("grace@").contains("Firma → Company");
    browser.screenshot("05-import-report");

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
    type("c-email", "sam@sender.example");
    type("c-signature", "Sam");
    browser.screenshot("06-new-campaign");
    browser.driver.findElement(By.cssSelector("form.campaign-form button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-list")));
    browser.screenshot("07-campaign");

    new Select(browser.driver.findElement(By.id("draft-list"))).selectByIndex(1);
    browser.driver.findElement(By.cssSelector("form[action$='/drafts'] button")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dl.counts")));
    browser.screenshot("08-drafted");
    browser.driver.findElement(By.linkText("Review the drafts")).click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.draft")));
    browser.screenshot("09-review-queue");

    By mary = By.xpath("//article[contains(@class,'draft')][.//h2[contains(.,'Mary Shelley')]]");
    WebElement card = browser.driver.findElement(mary);
    assertThat(card.findElements(By.cssSelector("mark.block"))).isNotEmpty();
    String id = card.getAttribute("id").replace("draft-", "");
    card.findElement(By.tagName("h2")).click();
    new Actions(browser.driver).sendKeys("e").perform();
    WebElement text = browser.driver.findElement(By.id("body-" + id));
    browser.wait.until(ExpectedConditions.visibilityOf(text));
    text.clear();
    text.sendKeys(ReviewPageTest.GOOD);
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("check-" + id), "not saved yet"));
    browser.wait.until(
        d -> d.findElements(By.cssSelector("#check-" + id + " mark.block")).isEmpty());
    browser.screenshot("10-live-check");
    browser
        .driver
        .findElement(By.cssSelector("#draft-" + id + " details.edit button[type=submit]"))
        .click();
    browser.wait.until(
        d ->
            d.findElements(By.cssSelector("#draft-" + id + " [data-action=approve]")).size() == 1
                && d.findElements(By.cssSelector("#draft-" + id + " mark.block")).isEmpty());
    browser.screenshot("11-draft-fixed");

    new Actions(browser.driver).sendKeys("a").perform();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#draft-" + id + " .badge"), "Approved"));
    browser.screenshot("12-approved");

    browser
        .driver
        .findElement(By.cssSelector("form[action$='/review/approve-clean'] button"))
        .click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
    browser.screenshot("13-bulk-approved");
    List<?> approved =
        user.request()
            .get("/api/invitations?state=APPROVED&limit=50")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(approved).isNotEmpty();

    browser.width(360);
    browser.driver.get(at("/campaigns"));
    browser.driver.findElement(By.linkText("Drafts")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.tabs")));
    browser.driver.findElement(By.partialLinkText("Approved")).click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.draft")));
    browser.screenshot("14-review-at-360px");
    assertThat(overflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
    assertThat(browser.refusals()).as("content the CSP refused").isEmpty();
  }

  @Test
  void a_file_dropped_on_the_zone_is_previewed_and_imported() {
    Api user = Api.newUser();
    signIn(user);
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
    browser.screenshot("20-dropped-preview");
    browser.width(360);
    browser.screenshot("21-dropped-preview-at-360px");
    browser.width(1280);
    browser.driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.urlContains("/imports/"));
    assertThat(browser.driver.findElement(By.tagName("main")).getText())
        .contains("dropped.csv")
        .contains("New people\n1");
  }

  /** How many pixels the page is wider than the window (a sideways scroll bar when above 0). */
  private int overflow() {
    return ((Number)
            browser.driver.executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;"))
        .intValue();
  }

  private void type(String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
