package app.rapport.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Restores the account of a signed-in browser. The sign-in form's session cookie (encrypted with
 * the session key) names the account by its email; the account is read again on each request, so
 * its role is always current and a deleted account is signed out.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    String email = request.getPrincipal();
    return context.runBlocking(
        () ->
            account(email)
                .map(AccountIdentities::of)
                .orElseThrow(AuthenticationFailedException::new));
  }

  @Transactional
  @ActivateRequestContext
  Optional<UserAccount> account(String email) {
    return email == null ? Optional.empty() : UserAccount.findByEmail(email);
  }
}
