package app.rapport.metrics;

import app.rapport.vocabulary.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Meters for the dispatcher, with bounded labels only:
 *
 * <ul>
 *   <li>{@code rapport_dispatch_sends_total{channel}} — messages that went out;
 *   <li>{@code rapport_dispatch_outcomes_total{channel, outcome}} — every send attempt's result,
 *       outcome one of {@link #OUTCOMES} (anything else is counted as {@code other});
 *   <li>{@code rapport_dispatch_tick_seconds} — how long a tick took (count, sum, max);
 *   <li>{@code rapport_dispatch_quota_used{channel}} and {@code
 *       rapport_dispatch_quota_cap{channel}} — today's quota used and available, summed over the
 *       active campaigns.
 * </ul>
 *
 * Every series exists from the start (at zero), so a dashboard can tell "nothing sent" from "no
 * data".
 */
@Startup
@ApplicationScoped
public class DispatchMeters {

  public static final Set<String> OUTCOMES =
      Set.of("sent", "failed", "bounced", "unknown", "retry", "skipped", "suppressed");

  private final MeterRegistry registry;
  private final Timer tick;
  private final Map<Channel, AtomicInteger> quotaUsed = new EnumMap<>(Channel.class);
  private final Map<Channel, AtomicInteger> quotaCap = new EnumMap<>(Channel.class);

  public DispatchMeters(MeterRegistry registry) {
    this.registry = registry;
    this.tick =
        Timer.builder("rapport.dispatch.tick")
            .description("Duration of one dispatch tick")
            .register(registry);
    for (Channel channel : Channel.values()) {
      sends(channel);
      for (String outcome : OUTCOMES) {
        outcomes(channel, outcome);
      }
      quotaUsed.put(channel, gauge("rapport.dispatch.quota.used", channel, "Quota used today"));
      quotaCap.put(channel, gauge("rapport.dispatch.quota.cap", channel, "Quota available today"));
    }
  }

  /** A message went out on {@code channel}. */
  public void sent(Channel channel) {
    sends(channel).increment();
  }

  /** The result of a send attempt: one of {@link #OUTCOMES}, else counted as "other". */
  public void outcome(Channel channel, String outcome) {
    String name = outcome == null ? "other" : outcome.toLowerCase(Locale.ROOT);
    outcomes(channel, OUTCOMES.contains(name) ? name : "other").increment();
  }

  public void tickDuration(Duration duration) {
    tick.record(duration);
  }

  /** Today's quota across the active campaigns of {@code channel}: used of cap. */
  public void quotaUsed(Channel channel, int used, int cap) {
    quotaUsed.get(channel).set(used);
    quotaCap.get(channel).set(cap);
  }

  private Counter sends(Channel channel) {
    return Counter.builder("rapport.dispatch.sends")
        .description("Invitations that went out")
        .tag("channel", label(channel))
        .register(registry);
  }

  private Counter outcomes(Channel channel, String outcome) {
    return Counter.builder("rapport.dispatch.outcomes")
        .description("Send attempts by result")
        .tag("channel", label(channel))
        .tag("outcome", outcome)
        .register(registry);
  }

  private AtomicInteger gauge(String name, Channel channel, String description) {
    AtomicInteger value = new AtomicInteger();
    Gauge.builder(name, value, AtomicInteger::get)
        .description(description)
        .tag("channel", label(channel))
        .register(registry);
    return value;
  }

  private static String label(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }
}
