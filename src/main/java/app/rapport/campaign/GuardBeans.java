package app.rapport.campaign;

import app.rapport.guard.BlastDetector;
import app.rapport.guard.BlastSettings;
import app.rapport.guard.Guard;
import app.rapport.guard.GuardSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guard, a plain-Java library, as beans. Its word lists live in {@code guard/rules.properties}.
 */
@ApplicationScoped
public class GuardBeans {

  @Produces
  @Singleton
  Guard guard(
      @ConfigProperty(name = "rapport.guard.cooldown-days", defaultValue = "90") int cooldownDays,
      @ConfigProperty(name = "rapport.guard.stale-months", defaultValue = "12") int staleMonths) {
    return new Guard(
        GuardSettings.defaults().withCooldownDays(cooldownDays).withStaleMonths(staleMonths));
  }

  @Produces
  @Singleton
  BlastDetector blastDetector() {
    return new BlastDetector(BlastSettings.defaults());
  }
}
