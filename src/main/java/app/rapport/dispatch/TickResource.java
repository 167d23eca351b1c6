package app.rapport.dispatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs one dispatch tick now (admins): for demos with the test clock, and for the tick benchmark.
 */
@Path("/api/admin/dispatch/tick")
@RolesAllowed("ADMIN")
@Tag(name = "Admin")
public class TickResource {

  private final Dispatcher dispatcher;

  public TickResource(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @POST
  @Operation(summary = "Run one dispatch tick on this replica and report what it did")
  public Dispatcher.TickReport tick() {
    return dispatcher.tick();
  }
}
