package app.rapport.contact.importing;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Past imports and their reports. */
@Path("/api/imports")
@Authenticated
@Tag(name = "Imports")
public class ImportResource {

  private final ImportRecords records;
  private final CurrentUser user;

  public ImportResource(ImportRecords records, CurrentUser user) {
    this.records = records;
    this.user = user;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An import's report")
  public ImportReport get(@PathParam("id") long id) {
    return records.find(user.id(), id);
  }

  @GET
  @Operation(summary = "Your recent imports, newest first")
  public List<ImportReport> recent(
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
    return records.recent(user.id(), limit);
  }
}
