package app.rapport.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs out by expiring the session cookie. The session lives only in that cookie (so every replica
 * accepts it); a copy taken before signing out stays valid until its inactivity timeout.
 */
@Path("/logout")
@Authenticated
public class SignOutAction {

  private final String cookieName;

  public SignOutAction(
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
    this.cookieName = cookieName;
  }

  @POST
  public Response signOut() {
    return Response.seeOther(URI.create("/login?signedOut=1"))
        .cookie(
            new NewCookie.Builder(cookieName)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build())
        .build();
  }
}
