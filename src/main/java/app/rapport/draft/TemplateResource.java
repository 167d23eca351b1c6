package app.rapport.draft;

import app.rapport.account.CurrentUser;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/templates")
@Authenticated
@Tag(name = "Templates")
public class TemplateResource {

  public record PreviewInput(
      @Size(max = 100) String templateName,
      @Size(max = 20_000) String source,
      @NotNull Long contactId,
      @NotNull Long campaignId) {}

  public record TemplateUpload(@NotBlank @Size(max = 20_000) String source) {}

  private final TemplateLibrary library;
  private final TemplatePreview preview;
  private final CurrentUser user;

  public TemplateResource(TemplateLibrary library, TemplatePreview preview, CurrentUser user) {
    this.library = library;
    this.preview = preview;
    this.user = user;
  }

  @GET
  @Operation(summary = "The built-in templates and yours")
  public List<TemplateDefinition> all() {
    return library.catalog(user.id()).all();
  }

  @GET
  @Path("/{name}")
  public TemplateDefinition get(
      @PathParam("name")
          @Size(max = 100)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String name) {
    return library
        .byName(user.id(), name)
        .orElseThrow(() -> new app.rapport.platform.problem.ApiError.NotFound("Template", name));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add your own template (same format as templates/*.mustache); a broken one is refused with its line")
  public Response add(@Valid @NotNull TemplateUpload body) {
    return Response.status(201).entity(library.add(user.id(), body.source())).build();
  }

  @POST
  @Consumes({MediaType.TEXT_PLAIN, "text/x-mustache"})
  @Operation(summary = "Add your own template, the request body being the file")
  public Response addText(@NotBlank @Size(max = 20_000) String source) {
    return Response.status(201).entity(library.add(user.id(), source)).build();
  }

  @DELETE
  @Path("/{name}")
  @Operation(summary = "Delete one of your templates (built-in ones cannot be deleted)")
  public Response delete(
      @PathParam("name")
          @Size(max = 100)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String name) {
    library.delete(user.id(), name);
    return Response.noContent().build();
  }

  @POST
  @Path("/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Render a template for a contact and campaign, with the guard's findings; nothing is saved")
  public TemplatePreview.Result preview(@Valid @NotNull PreviewInput body) {
    return preview.preview(
        user.id(), body.templateName(), body.source(), body.contactId(), body.campaignId());
  }
}
