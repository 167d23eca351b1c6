package app.rapport.account;

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

@Path("/api/tokens")
@Authenticated
@Tag(name = "Accounts")
public class TokenResource {

  public record CreateToken(
      @NotBlank
          @Size(max = 80)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String name) {}

  private final Accounts accounts;
  private final CurrentUser currentUser;

  public TokenResource(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @POST
  @Operation(summary = "Create a personal API token; the token is shown only in this answer")
  public Response create(@Valid @NotNull CreateToken body) {
    return Response.status(201).entity(accounts.issueToken(currentUser.id(), body.name())).build();
  }

  @GET
  @Operation(summary = "List your active tokens (without their secrets)")
  public List<Accounts.TokenView> list() {
    return accounts.tokens(currentUser.id());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Revoke a token")
  public Response revoke(@PathParam("id") long id) {
    accounts.revokeToken(currentUser.id(), id);
    return Response.noContent().build();
  }
}
