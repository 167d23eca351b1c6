package app.rapport.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in user of this request, as the owner id every query is scoped by. */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;

  public CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

  public long id() {
    if (identity.isAnonymous()
        || !(identity.getPrincipal() instanceof RapportPrincipal principal)) {
      throw new UnauthorizedException();
    }
    return principal.userId();
  }

  public boolean isAdmin() {
    return identity.hasRole(UserAccount.Role.ADMIN.name());
  }
}
