package app.rapport.web;

import app.rapport.platform.problem.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (403 problem) a state-changing API request that carries no {@code Authorization} header
 * but does carry the browser's sign-in cookie. The sign-in mechanism would accept that cookie on
 * any path, and the API has no form token: a page of a sibling site (same site to the browser, so
 * SameSite=Lax lets the cookie through) could otherwise make a signed-in browser start a campaign
 * or upload a list. The API's own clients send HTTP Basic or a bearer token; the pages reach the
 * API only to download (GET), which stays allowed.
 */
public class ApiCookieGuard {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final String sessionCookie;

  public ApiCookieGuard(
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
    this.sessionCookie = sessionCookie;
  }

  @ServerRequestFilter
  public void check(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || !request.getUriInfo().getPath().startsWith("/api/")
        || !isBlank(request.getHeaderString(HttpHeaders.AUTHORIZATION))
        || !request.getCookies().containsKey(sessionCookie)) {
      return;
    }
    throw new ApiError.Forbidden(
        "The API takes HTTP Basic or an API token (Authorization header) for changes, not the"
            + " browser's sign-in cookie. Use the pages of the web UI, or send credentials.");
  }

  private static boolean isBlank(String header) {
    return header == null || header.isBlank();
  }
}
