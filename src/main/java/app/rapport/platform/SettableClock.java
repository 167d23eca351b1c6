package app.rapport.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows the system clock until someone moves it. Tests and demos use it to walk
 * through days ("advance to tomorrow 09:00") without waiting; production never moves it.
 */
public final class SettableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public SettableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private SettableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  public static SettableClock systemUtc() {
    return new SettableClock(Clock.systemUTC());
  }

  /** Moves the clock forward (or back, with a negative amount). */
  public void advance(Duration amount) {
    offset.updateAndGet(current -> current.plus(amount));
  }

  /** Makes {@link #instant()} answer {@code target} now, then tick on from there. */
  public void setTo(Instant target) {
    offset.set(Duration.between(base.instant(), target));
  }

  /** Goes back to the base clock's time. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** A view in another zone that moves together with this clock. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new SettableClock(base.withZone(zone), offset);
  }
}
