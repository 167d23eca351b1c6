package app.rapport.contact.importing;

import app.rapport.account.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downloading a list as CSV. */
@Path("/api/lists/{listId}/contacts.csv")
@Authenticated
@Tag(name = "Imports")
public class ListExportResource {

  private final ListExport export;
  private final CurrentUser user;

  public ListExportResource(ListExport export, CurrentUser user) {
    this.export = export;
    this.user = user;
  }

  @GET
  @Produces("text/csv")
  @Operation(
      summary = "Export a list as CSV (cells starting with = + - @ tab or CR are neutralised)")
  public Response export(@PathParam("listId") long listId) {
    String fileName = export.fileName(user.id(), listId);
    long owner = user.id();
    StreamingOutput body = out -> export.write(owner, listId, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
