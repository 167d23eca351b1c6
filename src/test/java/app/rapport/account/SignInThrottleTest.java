package app.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.platform.SettableClock;
import app.rapport.support.Api;
import app.rapport.support.LoopbackClient;
import app.rapport.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Brute force over HTTP: sign-in and token checks back off per account and per client address. Each
 * test speaks from its own loopback address, so the per-address counts are its own.
 */
@QuarkusTest
class SignInThrottleTest {

  @Inject SettableClock clock;

  private static Duration firstDelay() {
    return ConfigProvider.getConfig()
        .getValue("rapport.security.throttle.first-delay", Duration.class);
  }

  private static int addressFreeFailures() {
    return ConfigProvider.getConfig()
        .getValue("rapport.security.throttle.address-free-failures", Integer.class);
  }

  @Test
  void six_bad_passwords_answer_429_on_the_sixth_and_the_right_one_waits_for_the_back_off() {
    Api user = Api.newUser();
    LoopbackClient client = LoopbackClient.fresh();
    String wrong = LoopbackClient.basic(user.email(), "not-the-password-at-all");
    for (int i = 1; i <= 5; i++) {
      assertThat(client.get("/api/me", wrong).statusCode()).as("failure %d", i).isEqualTo(401);
    }

    HttpResponse<String> sixth = client.get("/api/me", wrong);
    assertThat(sixth.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, firstDelay().toSeconds());
    assertThat(sixth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(sixth.body())
        .contains("\"status\":429")
        .contains("Try again in " + retryAfter + " s (after ");

    String right = LoopbackClient.basic(user.email(), user.password());
    assertThat(client.get("/api/me", right).statusCode())
        .as("the right password while throttled")
        .isEqualTo(429);

    Duration pastTheBackOff = firstDelay().plusSeconds(1);
    clock.advance(pastTheBackOff);
    try {
      assertThat(client.get("/api/me", right).statusCode()).isEqualTo(200);
      // the success started the account afresh: a typo is a plain 401 again
      assertThat(client.get("/api/me", wrong).statusCode()).isEqualTo(401);
    } finally {
      clock.advance(pastTheBackOff.negated());
    }
  }

  @Test
  void sixteen_parallel_requests_with_the_right_password_all_succeed() throws Exception {
    Api user = Api.newUser();
    LoopbackClient client = LoopbackClient.fresh();
    String right = LoopbackClient.basic(user.email(), user.password());

    List<Integer> statuses =
        Parallel.results(16, 16, () -> client.get("/api/me", right).statusCode());

    assertThat(statuses).hasSize(16).containsOnly(200);
  }

  @Test
  void sixteen_parallel_wrong_passwords_get_five_checks_and_eleven_refusals() throws Exception {
    Api user = Api.newUser();
    LoopbackClient client = LoopbackClient.fresh();
    String wrong = LoopbackClient.basic(user.email(), "not-the-password-at-all");

    List<Integer> statuses =
        Parallel.results(16, 16, () -> client.get("/api/me", wrong).statusCode());

    assertThat(statuses.stream().filter(status -> status == 401).count())
        .as("checked: no more than the free failures, however parallel")
        .isEqualTo(5);
    assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(11);
  }

  @Test
  void the_back_off_of_an_account_holds_from_every_address() {
    Api user = Api.newUser();
    LoopbackClient first = LoopbackClient.fresh();
    String wrong = LoopbackClient.basic(user.email(), "not-the-password-at-all");
    for (int i = 0; i < 5; i++) {
      first.get("/api/me", wrong);
    }
    HttpResponse<String> elsewhere =
        LoopbackClient.fresh().get("/api/me", LoopbackClient.basic(user.email(), user.password()));
    assertThat(elsewhere.statusCode()).isEqualTo(429);
    assertThat(elsewhere.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void an_address_spraying_many_accounts_is_throttled_even_with_a_right_password() {
    Api user = Api.newUser();
    LoopbackClient sprayer = LoopbackClient.fresh();
    for (int i = 0; i < addressFreeFailures(); i++) {
      String guess = LoopbackClient.basic("someone" + i + "@example.com", "Summer2026!Summer");
      assertThat(sprayer.get("/api/me", guess).statusCode()).isEqualTo(401);
    }
    String right = LoopbackClient.basic(user.email(), user.password());

    HttpResponse<String> refused = sprayer.get("/api/me", right);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(LoopbackClient.fresh().get("/api/me", right).statusCode())
        .as("the same account from another address")
        .isEqualTo(200);
  }

  @Test
  void wrong_api_tokens_are_throttled_per_address() {
    Api user = Api.newUser();
    String token =
        user.request()
            .body(Map.of("name", "ci"))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    LoopbackClient guesser = LoopbackClient.fresh();
    for (int i = 0; i < addressFreeFailures(); i++) {
      assertThat(guesser.get("/api/me", "Bearer rpt_guess" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = guesser.get("/api/me", "Bearer " + token);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Too many attempts");
    assertThat(LoopbackClient.fresh().get("/api/me", "Bearer " + token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_forged_x_forwarded_for_does_not_escape_the_address_limit() {
    LoopbackClient client = LoopbackClient.fresh();
    for (int i = 0; i < addressFreeFailures(); i++) {
      HttpRequest guess =
          client
              .request("/api/me")
              .header("Authorization", LoopbackClient.basic("x" + i + "@example.com", "guess"))
              .header("X-Forwarded-For", "198.51.100." + i)
              .header("Forwarded", "for=198.51.100." + i)
              .build();
      assertThat(client.send(guess).statusCode()).isEqualTo(401);
    }
    HttpRequest next =
        client
            .request("/api/me")
            .header("Authorization", LoopbackClient.basic("y@example.com", "guess"))
            .header("X-Forwarded-For", "203.0.113.99")
            .build();
    assertThat(client.send(next).statusCode()).isEqualTo(429);
  }

  @Test
  void the_sign_in_form_is_throttled_too_or_does_not_exist() {
    Api user = Api.newUser();
    LoopbackClient browser = LoopbackClient.fresh();
    boolean formEnabled =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.auth.form.enabled", Boolean.class)
            .orElse(false);
    if (!formEnabled) {
      HttpResponse<String> post = browser.send(formSignIn(browser, user.email(), user.password()));
      assertThat(post.headers().allValues("Set-Cookie"))
          .as("no sign-in form: nothing to throttle, and no session is ever made")
          .noneMatch(cookie -> cookie.contains("session"));
      return;
    }
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> failed =
          browser.send(formSignIn(browser, user.email(), "not-the-password-at-all"));
      assertThat(failed.statusCode()).as("failure %d", i).isIn(302, 303);
    }
    HttpResponse<String> sixth =
        browser.send(formSignIn(browser, user.email(), "not-the-password-at-all"));
    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    assertThat(sixth.body()).contains("Try again in");

    HttpResponse<String> right = browser.send(formSignIn(browser, user.email(), user.password()));
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("rapport-session="));
  }

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** The sign-in form's POST as a browser sends it after loading the sign-in page. */
  private static HttpRequest formSignIn(LoopbackClient browser, String email, String password) {
    HttpResponse<String> page =
        browser.send(browser.request("/login").header("Accept", "text/html").GET().build());
    String token = "";
    Matcher found = FORM_TOKEN.matcher(page.body());
    if (found.find()) {
      token = found.group(1);
    }
    List<String> cookies =
        page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
    HttpRequest.Builder post =
        browser
            .request("/j_security_check?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("Origin", LoopbackClient.origin());
    if (!cookies.isEmpty()) {
      post.header("Cookie", String.join("; ", cookies));
    }
    String form =
        "j_username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return post.POST(HttpRequest.BodyPublishers.ofString(form)).build();
  }
}
