package app.rapport.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dispatcher paces, claims and retries. */
@ConfigMapping(prefix = "rapport.dispatch")
public interface DispatchSettings {

  /** Whether this replica runs the scheduled tick (tests drive it themselves). */
  @WithDefault("true")
  boolean enabled();

  /** How often the tick runs, e.g. {@code 15s}. */
  @WithDefault("15s")
  String every();

  /** How long a claimed email may take before the claim counts as lost (UNKNOWN, never re-sent). */
  @WithDefault("PT5M")
  Duration lease();

  /** Sends to try before a transient failure becomes FAILED. */
  @WithDefault("5")
  int maxAttempts();

  /** Wait before the first retry; doubles with each attempt. */
  @WithDefault("PT5M")
  Duration backoff();

  /** Most claims per campaign in one tick, so a late start does not burst. */
  @WithDefault("5")
  int maxClaimsPerTick();

  /** The sender's own ceiling across all campaigns and channels, per UTC day. */
  @WithDefault("50")
  int senderDailyCeiling();

  /** The sender's ceiling per ISO week (Monday to Sunday, UTC). */
  @WithDefault("100")
  int senderWeeklyCeiling();

  /** Days after which a pending manual connection request comes back as a "withdraw" task. */
  @WithDefault("21")
  int withdrawAfterDays();
}
