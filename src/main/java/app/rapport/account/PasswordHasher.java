package app.rapport.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt, so a stolen database does not give away passwords. */
@ApplicationScoped
public class PasswordHasher {

  private final int cost;

  public PasswordHasher(
      @ConfigProperty(name = "rapport.security.bcrypt-cost", defaultValue = "10") int cost) {
    this.cost = cost;
  }

  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    return BCrypt.verifyer()
        .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
        .verified;
  }
}
