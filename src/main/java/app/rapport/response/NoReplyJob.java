package app.rapport.response;

import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.metrics.OutcomeMeters;
import app.rapport.vocabulary.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "No reply" after N days ({@code rapport.answers.no-reply-days}, default 14): sent invitations
 * still waiting move SENT → NO_REPLY (the lifecycle's EXPIRE) with an audit line each, then every
 * active campaign is checked against its safeguards (acceptance is judged once sends are a week
 * old, with or without a new outcome).
 *
 * <p>Safe on several replicas: one statement locks a batch with {@code FOR UPDATE SKIP LOCKED},
 * updates it and writes its audit lines; a replica running at the same time takes other rows or
 * none, and a row an answer is holding is skipped until the next run.
 */
@ApplicationScoped
public class NoReplyJob {

  static final String ACTOR = "system:no-reply";
  private static final int BATCH = 1000;

  private final EntityManager em;
  private final Clock clock;
  private final Duration wait;
  private final OutcomeMeters meters;
  private final CampaignHealth health;

  public NoReplyJob(
      EntityManager em,
      Clock clock,
      @ConfigProperty(name = "rapport.answers.no-reply-days", defaultValue = "14") int days,
      OutcomeMeters meters,
      CampaignHealth health) {
    this.em = em;
    this.clock = clock;
    this.wait = Duration.ofDays(days);
    this.meters = meters;
    this.health = health;
  }

  @Scheduled(
      identity = "answers-no-reply",
      every = "${rapport.answers.jobs-every:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /** Expires what waited too long, then checks active campaigns; how many invitations expired. */
  public int run() {
    int expired = expire();
    health.evaluateActive();
    return expired;
  }

  /** Moves every SENT invitation older than the wait to NO_REPLY, in batches. */
  public int expire() {
    InvitationState from = InvitationState.SENT;
    InvitationState to = InvitationLifecycle.next(from, InvitationEvent.EXPIRE);
    Instant now = clock.instant();
    Instant cutoff = now.minus(wait);
    String reason = "no answer within " + wait.toDays() + " days";
    int total = 0;
    while (true) {
      List<Object[]> rows =
          QuarkusTransaction.requiringNew().call(() -> batch(from, to, cutoff, now, reason));
      int moved = 0;
      for (Object[] row : rows) {
        long count = ((Number) row[2]).longValue();
        meters.outcome(Channel.valueOf((String) row[1]), to, "timer", count);
        moved += (int) count;
      }
      total += moved;
      if (moved < BATCH) {
        return total;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> batch(
      InvitationState from, InvitationState to, Instant cutoff, Instant now, String reason) {
    return em.createNativeQuery(
            """
            with expired as (
              update invitation i
                 set state = ?2, updated_at = ?4, version = i.version + 1
               where i.id in (select id from invitation
                               where state = ?1 and sent_at < ?3
                               order by sent_at limit ?6
                               for update skip locked)
                 and i.state = ?1
              returning i.id, i.owner_id, i.campaign_id, i.channel
            ), trail as (
              insert into invitation_event
                (owner_id, invitation_id, campaign_id, actor, event, from_state, to_state, reason, at)
              select owner_id, id, campaign_id, ?5, ?7, ?1, ?2, ?8, ?4 from expired
            )
            select campaign_id, channel, count(*) from expired group by campaign_id, channel
            """)
        .setParameter(1, from.name())
        .setParameter(2, to.name())
        .setParameter(3, cutoff)
        .setParameter(4, now)
        .setParameter(5, ACTOR)
        .setParameter(6, BATCH)
        .setParameter(7, InvitationEvent.EXPIRE.name())
        .setParameter(8, reason)
        .getResultList();
  }
}
