package app.rapport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem; a 500 never leaks internals, only an id to quote.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  static final String CHALLENGE = "Basic realm=\"Rapport\", Bearer realm=\"Rapport\"";

  @ServerExceptionMapper
  public Response apiError(ApiError e, UriInfo uri) {
    Problem problem = Problem.of(e.status(), e.title(), e.getMessage()).at(uri.getPath());
    for (Map.Entry<String, Object> member : e.extensions().entrySet()) {
      problem = problem.with(member.getKey(), member.getValue());
    }
    return respond(problem);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(ProblemMappers::describe)
            .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
            .toList();
    return respond(
        Problem.of(400, "Invalid request", "Some fields are missing or invalid; see errors.")
            .with("errors", errors)
            .at(uri.getPath()));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    return respond(
        Problem.of(
                400,
                "Malformed JSON",
                "The request body is not valid JSON for this endpoint" + where + ".")
            .at(uri.getPath()));
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    Optional<TooManyAttempts> refused = TooManyAttempts.of(e);
    if (refused.isPresent()) {
      return tooManyAttempts(refused.get(), uri.getPath());
    }
    Problem problem =
        Problem.of(
                401,
                "Unauthorized",
                "Sign in with HTTP Basic or an API token (Authorization: Bearer …).")
            .at(uri.getPath());
    return Response.status(401)
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .build();
  }

  /** 429 with {@code Retry-After}: a sign-in or token refused while its back-off runs. */
  public static Response tooManyAttempts(TooManyAttempts refused, String path) {
    return Response.status(429)
        .header(HttpHeaders.RETRY_AFTER, refused.seconds())
        .type(Problem.MEDIA_TYPE)
        .entity(
            Problem.of(429, "Too many attempts", refused.detail())
                .with("retryAt", refused.retryAt().toString())
                .at(path))
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(Problem.of(403, "Forbidden", "Your account may not do this.").at(uri.getPath()));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    String detail = status == 404 ? "No such resource." : e.getMessage();
    return respond(Problem.of(status, title, detail).at(uri.getPath()));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
    if (trouble.isPresent()) {
      DatabaseTrouble t = trouble.get();
      LOG.warnf("%s on %s: %s", t, uri.getPath(), e.toString());
      Response.ResponseBuilder answer =
          Response.status(t.status())
              .type(Problem.MEDIA_TYPE)
              .entity(Problem.of(t.status(), t.title(), t.detail()).at(uri.getPath()));
      if (t.status() == 503) {
        answer.header(HttpHeaders.RETRY_AFTER, "5");
      }
      return answer.build();
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s on %s", id, uri.getPath());
    return respond(
        Problem.of(500, "Internal error", "Something went wrong on our side. Quote this id: " + id)
            .with("errorId", id)
            .at(uri.getPath()));
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static Map<String, String> describe(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // "create.body.name" -> "name": the method and parameter names mean nothing to a caller
    String[] parts = path.split("\\.");
    String field =
        parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
    return Map.of("field", field, "message", violation.getMessage());
  }
}
