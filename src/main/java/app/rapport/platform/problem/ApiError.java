package app.rapport.platform.problem;

import java.util.Map;

/**
 * An error a use case reports to its caller, with the HTTP meaning it should carry. Services throw
 * the named subclasses; {@code ProblemMappers} turns them into problem details.
 */
public abstract class ApiError extends RuntimeException {

  private final transient Map<String, Object> extensions;

  protected ApiError(String detail, Map<String, Object> extensions) {
    super(detail);
    this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public abstract int status();

  public abstract String title();

  public Map<String, Object> extensions() {
    return extensions;
  }

  /** Something that does not exist, or belongs to another user (the two look the same). */
  public static final class NotFound extends ApiError {
    public NotFound(String what, Object id) {
      super(what + " " + id + " does not exist.", Map.of());
    }

    @Override
    public int status() {
      return 404;
    }

    @Override
    public String title() {
      return "Not found";
    }
  }

  /** Well-formed input that breaks a rule; {@code errors} says which field and why. */
  public static final class Invalid extends ApiError {
    public Invalid(String detail) {
      super(detail, Map.of());
    }

    public Invalid(String detail, Map<String, Object> extensions) {
      super(detail, extensions);
    }

    @Override
    public int status() {
      return 422;
    }

    @Override
    public String title() {
      return "Invalid request";
    }
  }

  /** The request conflicts with the current state of the resource (a duplicate, a transition). */
  public static final class Conflict extends ApiError {
    public Conflict(String detail) {
      super(detail, Map.of());
    }

    public Conflict(String detail, Map<String, Object> extensions) {
      super(detail, extensions);
    }

    @Override
    public int status() {
      return 409;
    }

    @Override
    public String title() {
      return "Conflict";
    }
  }

  /** A body or upload over a configured limit. */
  public static final class TooLarge extends ApiError {
    public TooLarge(String detail) {
      super(detail, Map.of());
    }

    @Override
    public int status() {
      return 413;
    }

    @Override
    public String title() {
      return "Payload too large";
    }
  }

  /** The caller is known but may not do this (e.g. only an admin creates users). */
  public static final class Forbidden extends ApiError {
    public Forbidden(String detail) {
      super(detail, Map.of());
    }

    @Override
    public int status() {
      return 403;
    }

    @Override
    public String title() {
      return "Forbidden";
    }
  }
}
