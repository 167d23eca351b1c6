package app.rapport.account;

import app.rapport.platform.problem.TooManyAttempts;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Answers a throttled sign-in that fails below the REST layer, such as the sign-in form's POST to
 * {@code j_security_check}: 429 with {@code Retry-After} and a message saying when to try again,
 * instead of Quarkus' usual redirect back to the form (which would read as "wrong password" and
 * invite another try). Failures in the REST layer are answered by {@code ProblemMappers}.
 */
@ApplicationScoped
public class ThrottledSignInAnswer {

  /** Right after the authentication handler has installed its failure handler, before the form. */
  private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 1;

  private static final String FORM_ACTION = "/j_security_check";
  private static final String ERROR_PAGE = "/login?error=1";

  void register(@Observes Filters filters) {
    filters.register(this::wrapFailureHandler, PRIORITY);
  }

  private void wrapFailureHandler(RoutingContext context) {
    BiConsumer<RoutingContext, Throwable> usual = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
    if (usual != null) {
      context.put(
          QuarkusHttpUser.AUTH_FAILURE_HANDLER,
          (BiConsumer<RoutingContext, Throwable>)
              (event, failure) -> {
                Optional<TooManyAttempts> refused = TooManyAttempts.of(failure);
                if (refused.isPresent() && !event.response().ended()) {
                  answer(event, refused.get());
                } else if (isFormSignIn(event, failure)) {
                  backToTheForm(event);
                } else {
                  usual.accept(event, failure);
                }
              });
    }
    context.next();
  }

  /**
   * A wrong password posted to the sign-in form. Left to the usual handler, the failure travels to
   * the REST layer, which pauses the request: fine over HTTP/1.1, but an HTTP/2 request (an h2c
   * upgrade) has already been read and Vert.x throws, which became a 500.
   */
  private static boolean isFormSignIn(RoutingContext event, Throwable failure) {
    return failure instanceof AuthenticationFailedException
        && !event.response().ended()
        && FORM_ACTION.equals(event.normalizedPath());
  }

  /** What the form mechanism answers over HTTP/1.1: back to the form, with the error flag. */
  private static void backToTheForm(RoutingContext event) {
    event
        .response()
        .setStatusCode(302)
        .putHeader("Location", ERROR_PAGE)
        .putHeader("Cache-Control", "no-store")
        .end();
  }

  private static void answer(RoutingContext event, TooManyAttempts refused) {
    long seconds = refused.seconds();
    String detail = refused.detail();
    String accept = event.request().getHeader("Accept");
    boolean page =
        accept != null
            && accept.contains("text/html")
            && !event.normalizedPath().startsWith("/api/");
    event
        .response()
        .setStatusCode(429)
        .putHeader("Retry-After", Long.toString(seconds))
        .putHeader("Cache-Control", "no-store");
    if (page) {
      // our own text only (digits and an ISO instant): nothing here comes from the request
      event
          .response()
          .putHeader("Content-Type", "text/html; charset=utf-8")
          .end(
              "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  + "<title>Too many attempts</title></head><body><h1>Too many attempts</h1><p>"
                  + detail
                  + "</p><p><a href=\"/login\">Back to sign-in</a></p></body></html>");
    } else {
      event
          .response()
          .putHeader("Content-Type", "application/problem+json")
          .end(
              "{\"title\":\"Too many attempts\",\"status\":429,\"detail\":\""
                  + detail
                  + "\",\"retryAt\":\""
                  + refused.retryAt()
                  + "\",\"instance\":\""
                  + event.normalizedPath().replaceAll("[^A-Za-z0-9/_.\\-]", "")
                  + "\"}");
    }
  }
}
