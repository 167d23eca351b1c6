package app.rapport.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at startup when no session key is configured: sign-in sessions and form tokens then use a
 * key made at this start, so they end when Rapport restarts and another replica rejects them.
 */
@ApplicationScoped
public class SessionKeyCheck {

  private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

  private final Optional<String> key;

  public SessionKeyCheck(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
    this.key = key.filter(k -> !k.isBlank());
  }

  void onStart(@Observes StartupEvent event) {
    if (key.isEmpty()) {
      LOG.warn(
          "RAPPORT_SESSION_KEY is not set: web sessions use a key made at this start, so everyone"
              + " is signed out when Rapport restarts, and with several replicas a session works"
              + " on one only. Set RAPPORT_SESSION_KEY to a random secret of 32+ characters"
              + " (e.g. `openssl rand -base64 32`), the same on every replica.");
    } else if (key.get().length() < 32) {
      LOG.warn("RAPPORT_SESSION_KEY is short: use 32 random characters or more.");
    }
  }
}
