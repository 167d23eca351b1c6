package app.rapport.dispatch;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets tests (and operators) turn the scheduled tick off: {@code rapport.dispatch.enabled=false}.
 */
@Singleton
public class DispatchSwitch implements Scheduled.SkipPredicate {

  private final boolean enabled;

  public DispatchSwitch(
      @ConfigProperty(name = "rapport.dispatch.enabled", defaultValue = "true") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return !enabled;
  }
}
