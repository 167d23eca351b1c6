package app.rapport.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the sign-in POST, which Quarkus' form mechanism handles before any page code runs: it must
 * come from our sign-in page (same Origin) and carry the form token. The token travels in the query
 * string ({@code /j_security_check?_csrf=…}) because the mechanism reads the form body itself; the
 * sign-in page sends no referrer to other sites, so the token stays with us.
 */
@ApplicationScoped
public class SignInGuard {

  /** Runs before CORS (300) and authentication (200). */
  private static final int PRIORITY = 400;

  private final FormTokens tokens;
  private final Views views;
  private final String postLocation;

  public SignInGuard(
      FormTokens tokens,
      Views views,
      @ConfigProperty(
              name = "quarkus.http.auth.form.post-location",
              defaultValue = "j_security_check")
          String postLocation) {
    this.tokens = tokens;
    this.views = views;
    this.postLocation = postLocation.startsWith("/") ? postLocation : "/" + postLocation;
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext context) {
    if (context.request().method() != HttpMethod.POST
        || !context.normalizedPath().endsWith(postLocation)) {
      context.next();
      return;
    }
    Cookie nonce = context.request().getCookie(FormTokens.COOKIE);
    boolean sameSite =
        OriginCheck.allows(
            context.request().getHeader("Origin"),
            context.request().getHeader("Referer"),
            context.request().authority() == null
                ? null
                : context.request().authority().toString());
    if (sameSite
        && tokens.matches(
            nonce == null ? null : nonce.getValue(),
            context.request().getParam(FormTokens.FIELD))) {
      context.next();
      return;
    }
    context
        .response()
        .setStatusCode(403)
        .putHeader("Content-Type", Pages.HTML)
        .putHeader("Cache-Control", "no-store")
        .end(
            views.render(
                "error",
                Model.of("title", "Refused")
                    .with("status", 403)
                    .with(
                        "message",
                        "This sign-in form has expired or did not come from Rapport. Open the"
                            + " sign-in page again and retry.")));
  }
}
