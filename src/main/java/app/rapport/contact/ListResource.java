package app.rapport.contact;

import app.rapport.account.CurrentUser;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/lists")
@Authenticated
@Tag(name = "Lists")
public class ListResource {

  public record ListInput(
      @NotBlank
          @Size(max = 200)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String name,
      @Size(max = 2000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String basis) {}

  public record Members(@NotEmpty @Size(max = 10_000) List<@NotNull Long> contactIds) {}

  private final Lists lists;
  private final CurrentUser user;

  public ListResource(Lists lists, CurrentUser user) {
    this.lists = lists;
    this.user = user;
  }

  @GET
  @Operation(summary = "Your lists with their sizes")
  public List<Lists.ListView> all() {
    return lists.all(user.id());
  }

  @POST
  @Operation(summary = "Create a list; `basis` says why these people are contacted")
  public Response create(@Valid @NotNull ListInput body) {
    return Response.status(201).entity(lists.create(user.id(), body.name(), body.basis())).build();
  }

  @GET
  @Path("/{id}")
  public Lists.ListView get(@PathParam("id") long id) {
    return lists.get(user.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Rename a list or change its basis")
  public Lists.ListView update(@PathParam("id") long id, @Valid @NotNull ListInput body) {
    return lists.update(user.id(), id, body.name(), body.basis());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a list (its contacts stay)")
  public Response delete(@PathParam("id") long id) {
    lists.delete(user.id(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/members")
  @Operation(summary = "Add existing contacts to a list")
  public Lists.ListView addMembers(@PathParam("id") long id, @Valid @NotNull Members body) {
    return lists.addMembers(user.id(), id, body.contactIds());
  }

  @DELETE
  @Path("/{id}/members/{contactId}")
  @Operation(summary = "Take a contact off a list")
  public Response removeMember(@PathParam("id") long id, @PathParam("contactId") long contactId) {
    lists.removeMember(user.id(), id, contactId);
    return Response.noContent().build();
  }
}
