package app.rapport.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a personal API token against the stored hashes, within the per-address limits of {@link
 * SignInThrottle}.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private final Accounts accounts;
  private final SignInThrottle throttle;

  public TokenIdentityProvider(Accounts accounts, SignInThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String token = request.getToken().getToken();
    return throttle.tokenCheck(
        request, context, () -> accounts.verifyToken(token).map(AccountIdentities::of));
  }
}
