package app.rapport.account;

import java.security.Principal;

/** Who is calling: the user's id is what every query is scoped by. */
public record RapportPrincipal(long userId, String email) implements Principal {

  @Override
  public String getName() {
    return email;
  }
}
