package app.rapport.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start with an empty database, creates the admin account from {@code
 * RAPPORT_ADMIN_EMAIL}/{@code RAPPORT_ADMIN_PASSWORD}, or with a generated password printed once.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  private final Accounts accounts;
  private final String email;
  private final Optional<String> password;

  public AdminBootstrap(
      Accounts accounts,
      @ConfigProperty(name = "rapport.admin.email") String email,
      @ConfigProperty(name = "rapport.admin.password") Optional<String> password) {
    this.accounts = accounts;
    this.email = email;
    this.password = password.filter(p -> !p.isBlank());
  }

  void onStart(@Observes StartupEvent event) {
    String chosen = password.orElseGet(AdminBootstrap::generate);
    accounts
        .createFirstAdmin(email, chosen)
        .ifPresent(
            admin -> {
              if (password.isPresent()) {
                LOG.infof(
                    "Created the admin account %s from RAPPORT_ADMIN_PASSWORD", admin.email());
              } else {
                // printed once, on purpose: nobody else knows it yet
                LOG.warnf(
                    "Created the admin account %s with the generated password: %s"
                        + " (shown only now; change it or set RAPPORT_ADMIN_PASSWORD)",
                    admin.email(), chosen);
              }
            });
  }

  private static String generate() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
