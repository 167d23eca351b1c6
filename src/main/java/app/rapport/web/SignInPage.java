package app.rapport.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The sign-in form. It posts to Quarkus' form mechanism ({@code /j_security_check}), which checks
 * the password and sets the encrypted session cookie; a wrong password comes back here with {@code
 * ?error}.
 */
@Path("/login")
@PermitAll
public class SignInPage {

  private final Pages pages;
  private final SecurityIdentity identity;

  public SignInPage(Pages pages, SecurityIdentity identity) {
    this.pages = pages;
    this.identity = identity;
  }

  @GET
  public Response show(
      @QueryParam("error") String error, @QueryParam("signedOut") String signedOut) {
    if (!identity.isAnonymous()) {
      return Response.seeOther(URI.create("/lists")).build();
    }
    return pages.page(
        "login",
        "Sign in",
        null,
        new Model().with("error", error != null).with("signedOut", signedOut != null));
  }
}
