package app.rapport.web;

import app.rapport.platform.problem.ApiError;
import app.rapport.platform.problem.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Failures on pages of the web UI become pages: a signed-out visitor is sent to the sign-in form
 * (and back afterwards), another user's id is the 404 page, and a broken rule is said in words.
 * These mappers come before the API's; for every other request they hand over to {@link
 * ProblemMappers}, so the API keeps answering RFC 9457 problems (a 401 stays a 401).
 */
public class WebErrors {

  private static final Logger LOG = Logger.getLogger(WebErrors.class);
  private static final int BEFORE_API = Priorities.USER - 100;

  private final ProblemMappers problems = new ProblemMappers();
  private final ErrorPages pages;
  private final String locationCookie;
  private final String postLocation;

  public WebErrors(
      ErrorPages pages,
      @ConfigProperty(
              name = "quarkus.http.auth.form.location-cookie",
              defaultValue = "quarkus-redirect-location")
          String locationCookie,
      @ConfigProperty(
              name = "quarkus.http.auth.form.post-location",
              defaultValue = "j_security_check")
          String postLocation) {
    this.pages = pages;
    this.locationCookie = locationCookie;
    this.postLocation = postLocation;
  }

  @ServerExceptionMapper(priority = BEFORE_API)
  public Response apiError(ApiError e, UriInfo uri, SimpleResourceInfo resource) {
    if (!isPage(resource, uri)) {
      return problems.apiError(e, uri);
    }
    return e.status() == 404 ? pages.notFound() : pages.page(e.status(), e.title(), e.getMessage());
  }

  @ServerExceptionMapper(
      value = {UnauthorizedException.class, AuthenticationFailedException.class},
      priority = BEFORE_API)
  public Response signedOut(
      RuntimeException e,
      UriInfo uri,
      HttpHeaders headers,
      Request request,
      RoutingContext routing,
      SimpleResourceInfo resource) {
    if (!isPage(resource, uri)) {
      return problems.unauthorized(e, uri);
    }
    if (uri.getPath().endsWith(postLocation)) {
      // a wrong password on the sign-in form
      return Response.seeOther(URI.create("/login?error=1")).build();
    }
    if (WebPages.isHtmx(headers)) {
      // htmx would swap the sign-in page into a fragment: have it load the page instead
      return Response.status(401).header("HX-Redirect", "/login").build();
    }
    if ("GET".equals(request.getMethod())) {
      // after signing in, the form mechanism sends the browser back to the page it asked for
      routing
          .response()
          .addCookie(
              Cookie.cookie(locationCookie, uri.getRequestUri().toString())
                  .setPath("/")
                  .setHttpOnly(true)
                  .setSameSite(CookieSameSite.LAX));
    }
    return Response.seeOther(URI.create("/login")).build();
  }

  @ServerExceptionMapper(priority = BEFORE_API)
  public Response forbidden(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
    return isPage(resource, uri)
        ? pages.forbidden("Your account may not do this.")
        : problems.forbidden(e, uri);
  }

  @ServerExceptionMapper(priority = BEFORE_API)
  public Response webApplication(
      WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
    if (!isPage(resource, uri)) {
      return problems.webApplication(e, uri);
    }
    if (e instanceof NotFoundException || e.getResponse().getStatus() == 404) {
      return pages.notFound();
    }
    int status = e.getResponse().getStatus();
    return pages.page(status, "Cannot do that", "The request was refused (" + status + ").");
  }

  @ServerExceptionMapper(priority = BEFORE_API)
  public Response unexpected(Exception e, UriInfo uri, SimpleResourceInfo resource) {
    if (!isPage(resource, uri)) {
      return problems.unexpected(e, uri);
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s on page %s", id, uri.getPath());
    return pages.page(
        500, "Something went wrong", "Something went wrong on our side. Quote this id: " + id);
  }

  /** A page of the web UI, or a path that no resource serves outside the API. */
  private static boolean isPage(SimpleResourceInfo resource, UriInfo uri) {
    if (resource != null && resource.getResourceClass() != null) {
      return WebPages.owns(resource.getResourceClass());
    }
    String path = uri.getPath();
    return !path.startsWith("/api") && !path.startsWith("/q/");
  }
}
