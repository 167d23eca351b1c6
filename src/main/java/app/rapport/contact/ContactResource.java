package app.rapport.contact;

import app.rapport.account.CurrentUser;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contacts")
@Authenticated
@Tag(name = "Contacts")
public class ContactResource {

  private final Contacts contacts;
  private final CurrentUser user;

  public ContactResource(Contacts contacts, CurrentUser user) {
    this.contacts = contacts;
    this.user = user;
  }

  @GET
  @Operation(summary = "Search contacts (newest first, keyset-paginated with `after`)")
  public Contacts.Page search(
      @QueryParam("q")
          @Size(max = 200)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String q,
      @QueryParam("listId") Long listId,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return contacts.search(user.id(), q, listId, after, limit);
  }

  @POST
  @Operation(summary = "Create a contact")
  public Response create(@Valid @NotNull ContactInput body) {
    return Response.status(201).entity(contacts.create(user.id(), body)).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One contact with its context hooks and provenance")
  public ContactView get(@PathParam("id") long id) {
    return contacts.get(user.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace a contact's fields and hooks")
  public ContactView update(@PathParam("id") long id, @Valid @NotNull ContactInput body) {
    return contacts.update(user.id(), id, body);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a contact (a suppression of their address stays)")
  public Response delete(@PathParam("id") long id) {
    contacts.delete(user.id(), id);
    return Response.noContent().build();
  }
}
