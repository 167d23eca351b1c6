package app.rapport.platform;

import app.rapport.platform.problem.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The test clock, for demos and tests that walk through days ({@code rapport.clock.settable=true}
 * only; otherwise these endpoints do not exist as far as callers can tell: 404).
 */
@Path("/api/admin/clock")
@RolesAllowed("ADMIN")
@Tag(name = "Admin")
public class ClockResource {

  public record ClockInput(Duration advance, Instant set) {}

  public record ClockView(Instant now) {}

  private final SettableClock clock;
  private final boolean settable;

  public ClockResource(
      SettableClock clock,
      @ConfigProperty(name = "rapport.clock.settable", defaultValue = "false") boolean settable) {
    this.clock = clock;
    this.settable = settable;
  }

  @GET
  public ClockView now() {
    requireSettable();
    return new ClockView(clock.instant());
  }

  @POST
  @Operation(
      summary =
          "Move the service's clock: {\"advance\":\"PT24H\"} or {\"set\":\"2026-11-23T09:00:00Z\"}")
  public ClockView move(ClockInput input) {
    requireSettable();
    if (input == null || (input.advance() == null) == (input.set() == null)) {
      throw new ApiError.Invalid("Give either advance (an ISO duration) or set (an instant).");
    }
    if (input.set() != null) {
      clock.setTo(input.set());
    } else {
      clock.advance(input.advance());
    }
    return new ClockView(clock.instant());
  }

  private void requireSettable() {
    if (!settable) {
      throw new ApiError.NotFound("Resource", "/api/admin/clock");
    }
  }
}
