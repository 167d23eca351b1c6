package app.rapport.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a state-changing request to a page of the web UI (403) unless it comes from one of our
 * pages (same Origin) and carries the browser's form token, in the {@code _csrf} field or, for
 * htmx, the {@code X-CSRF-Token} header. The API is not concerned: its changes need HTTP Basic or a
 * bearer token, which a foreign page cannot make a browser send ({@link ApiCookieGuard} refuses
 * them on the sign-in cookie alone).
 */
public class FormGuard {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final FormTokens tokens;
  private final ErrorPages errors;

  public FormGuard(FormTokens tokens, ErrorPages errors) {
    this.tokens = tokens;
    this.errors = errors;
  }

  @ServerRequestFilter
  @WithFormRead
  public Response check(
      ResteasyReactiveContainerRequestContext request,
      SimpleResourceInfo resource,
      RoutingContext routing) {
    if (SAFE.contains(request.getMethod()) || !WebPages.owns(resource.getResourceClass())) {
      return null;
    }
    if (!OriginCheck.allows(
        request.getHeaderString("Origin"),
        request.getHeaderString("Referer"),
        request.getHeaderString(HttpHeaders.HOST))) {
      return errors.forbidden("This form was sent from another site, so it was refused.");
    }
    String submitted = request.getHeaderString(FormTokens.HEADER);
    if (submitted == null
        && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
        && context.getFormParameter(FormTokens.FIELD, true, false) instanceof String field) {
      submitted = field;
    }
    Cookie nonce = routing.request().getCookie(FormTokens.COOKIE);
    if (!tokens.matches(nonce == null ? null : nonce.getValue(), submitted)) {
      return errors.forbidden(
          "This form has expired or did not come from Rapport. Go back, reload the page and try"
              + " again.");
    }
    return null;
  }
}
