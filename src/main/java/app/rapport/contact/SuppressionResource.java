package app.rapport.contact;

import app.rapport.account.CurrentUser;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suppressions")
@Authenticated
@Tag(name = "Suppression list")
public class SuppressionResource {

  public record SuppressionInput(
      @NotBlank
          @Size(max = 2000)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String address,
      Suppression.Reason reason,
      @Size(max = 2000)
          @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String note) {}

  private final Suppressions suppressions;
  private final CurrentUser user;

  public SuppressionResource(Suppressions suppressions, CurrentUser user) {
    this.suppressions = suppressions;
    this.user = user;
  }

  @GET
  @Operation(summary = "Addresses never to contact (opted out, declined, bounced, added by hand)")
  public List<Suppressions.SuppressionView> all() {
    return suppressions.all(user.id());
  }

  @POST
  @Operation(summary = "Suppress an email address or profile URL")
  public Response add(@Valid @NotNull SuppressionInput body) {
    return Response.status(201)
        .entity(suppressions.add(user.id(), body.address(), body.reason(), body.note()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Lift a suppression (the id is the address hash shown in the list)")
  public Response remove(
      @PathParam("id")
          @Size(max = 64)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String id) {
    suppressions.remove(user.id(), id);
    return Response.noContent().build();
  }
}
