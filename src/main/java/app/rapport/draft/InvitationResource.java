package app.rapport.draft;

import app.rapport.account.CurrentUser;
import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invitations")
@Authenticated
@Tag(name = "Invitations")
public class InvitationResource {

  public record EditInput(
      @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String subject,
      @NotBlank @Size(max = 10_000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
          String body) {}

  private final Invitations invitations;
  private final CurrentUser user;

  public InvitationResource(Invitations invitations, CurrentUser user) {
    this.invitations = invitations;
    this.user = user;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One invitation with its findings and the events allowed now")
  public InvitationView get(@PathParam("id") long id) {
    return invitations.get(user.id(), id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Edit the subject and body; the guard checks again and an approved draft goes back to review")
  public InvitationView edit(@PathParam("id") long id, @Valid @NotNull EditInput body) {
    return invitations.edit(user.id(), id, body.subject(), body.body(), user.id());
  }

  @GET
  @Path("/{id}/audit")
  @Operation(summary = "The invitation's audit trail: actor, time, from, to, reason")
  public List<Invitations.AuditLine> audit(@PathParam("id") long id) {
    return invitations.audit(user.id(), id);
  }
}
