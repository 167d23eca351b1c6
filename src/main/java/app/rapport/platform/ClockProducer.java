package app.rapport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one place that reads the wall clock. Everything else takes time from the injected {@link
 * Clock}, so pacing can be tested across days, time zones and daylight-saving changes.
 */
@ApplicationScoped
public class ClockProducer {

  private final SettableClock clock = SettableClock.systemUtc();

  @Produces
  @Singleton
  Clock clock() {
    return clock;
  }

  /** The same clock, for the test-clock endpoint that is enabled only on request. */
  @Produces
  @Singleton
  @Typed(SettableClock.class)
  SettableClock settableClock() {
    return clock;
  }
}
