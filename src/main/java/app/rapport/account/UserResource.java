package app.rapport.account;

import app.rapport.platform.TextRules;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Accounts")
public class UserResource {

  public record CreateUser(
      @NotBlank
          @Email
          @Size(max = 254)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String email,
      @Size(max = 120)
          @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE)
          String displayName,
      @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
          String password,
      UserAccount.Role role) {}

  private final Accounts accounts;
  private final CurrentUser currentUser;

  public UserResource(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @POST
  @Path("/users")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Create a user (admins only)")
  public Response create(@Valid @NotNull CreateUser body) {
    Accounts.UserView created =
        accounts.createUser(
            new Accounts.NewUser(body.email(), body.displayName(), body.password(), body.role()));
    return Response.status(201).entity(created).build();
  }

  @GET
  @Path("/me")
  @Authenticated
  @Operation(summary = "The signed-in user")
  public Accounts.UserView me() {
    return accounts.user(currentUser.id());
  }
}
