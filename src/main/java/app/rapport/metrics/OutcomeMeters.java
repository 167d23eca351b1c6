package app.rapport.metrics;

import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.vocabulary.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * Prometheus counter {@code rapport_invitation_outcomes_total{channel, outcome, source}}: answers
 * and outcomes as they are recorded. Every label has a handful of fixed values (never an id, an
 * address or free text), so the series stay few whatever the traffic.
 */
@ApplicationScoped
public class OutcomeMeters {

  static final String NAME = "rapport.invitation.outcomes";
  static final Set<String> SOURCES = Set.of("link", "one_click", "user", "mail", "timer");

  private final MeterRegistry registry;

  public OutcomeMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** One outcome: the state the invitation reached, and how the news came (a bounded name). */
  public void outcome(Channel channel, InvitationState reached, String source) {
    outcome(channel, reached, source, 1);
  }

  public void outcome(Channel channel, InvitationState reached, String source, long count) {
    if (count <= 0) {
      return;
    }
    String how = source == null ? "other" : source.toLowerCase(Locale.ROOT);
    Counter.builder(NAME)
        .description("Answers and outcomes recorded, by channel, outcome and source")
        .tag("channel", channel == null ? "unknown" : channel.name().toLowerCase(Locale.ROOT))
        .tag("outcome", reached.name().toLowerCase(Locale.ROOT))
        .tag("source", SOURCES.contains(how) ? how : "other")
        .register(registry)
        .increment(count);
  }
}
