package app.rapport.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks an email and password (HTTP Basic, and the sign-in form) against the accounts table,
 * within the brute-force limits of {@link SignInThrottle}.
 */
@ApplicationScoped
public class PasswordIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private final Accounts accounts;
  private final SignInThrottle throttle;

  public PasswordIdentityProvider(Accounts accounts, SignInThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String email = request.getUsername();
    String password = new String(request.getPassword().getPassword());
    return throttle.signIn(
        email,
        request,
        context,
        () -> accounts.verifyPassword(email, password).map(AccountIdentities::of));
  }
}
