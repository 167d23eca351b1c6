package app.rapport.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer: a strict Content-Security-Policy (our own scripts and styles only, no
 * inline code, no framing), no MIME sniffing, no referrer to other sites, no framing for old
 * browsers either. The developer pages under {@code /q/} (Swagger UI inlines its scripts) keep
 * their own policy.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  /** Before everything else, so that even a redirect or an error carries them. */
  private static final int PRIORITY = 1000;

  void register(@Observes Filters filters) {
    filters.register(SecurityHeaders::add, PRIORITY);
  }

  private static void add(RoutingContext context) {
    MultiMap headers = context.response().headers();
    if (!context.normalizedPath().startsWith("/q/")) {
      headers.set("Content-Security-Policy", POLICY);
    }
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    context.next();
  }
}
