package app.rapport.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a signed-in account, whichever way it signed in. */
final class AccountIdentities {

  private AccountIdentities() {}

  static SecurityIdentity of(UserAccount account) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new RapportPrincipal(account.id, account.email))
        .addRole(account.role.name())
        .build();
  }
}
