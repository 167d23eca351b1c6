package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.PacingSettings;
import app.rapport.metrics.DispatchMeters;
import app.rapport.pacing.DayPlan;
import app.rapport.pacing.DayPlanner;
import app.rapport.vocabulary.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The scheduled tick, on every replica. For each active campaign it works out, from the day's plan,
 * how many invitations may have gone by now; while fewer have, it claims the next one (quota and
 * claim in one transaction) and hands it to its channel. Cluster safety lives in SQL ({@link
 * Claims}), not in this class: any number of replicas may tick at once.
 */
@ApplicationScoped
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class);

  private final Claims claims;
  private final Delivery delivery;
  private final DispatchSettings settings;
  private final PacingSettings pacing;
  private final MailSettings mail;
  private final CapAdjustment capAdjustment;
  private final Clock clock;
  private final DispatchMeters meters;
  private final DayPlanner planner = new DayPlanner();
  private final Duration shutdownTimeout;
  // held by the scheduled tick while it runs, so that shutdown can wait for the send in flight
  private final ReentrantLock ticking = new ReentrantLock();
  private volatile boolean stopping;

  public Dispatcher(
      Claims claims,
      Delivery delivery,
      DispatchSettings settings,
      PacingSettings pacing,
      MailSettings mail,
      CapAdjustment capAdjustment,
      Clock clock,
      @ConfigProperty(name = "quarkus.shutdown.timeout", defaultValue = "40s")
          Duration shutdownTimeout,
      DispatchMeters meters) {
    this.meters = meters;
    this.claims = claims;
    this.delivery = delivery;
    this.settings = settings;
    this.pacing = pacing;
    this.mail = mail;
    this.capAdjustment = capAdjustment;
    this.clock = clock;
    this.shutdownTimeout = shutdownTimeout;
  }

  /** What one tick did, for logs, tests and the benchmark. */
  public record TickReport(int campaigns, int claimed, int expired) {}

  @Scheduled(
      every = "${rapport.dispatch.every:15s}",
      delayed = "${rapport.dispatch.delay:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DispatchSwitch.class)
  void scheduledTick() {
    ticking.lock();
    try {
      if (!stopping) {
        tick();
      }
    } catch (RuntimeException e) {
      LOG.error("Dispatch tick failed; the next tick will try again", e);
    } finally {
      ticking.unlock();
    }
  }

  /**
   * On shutdown, claim nothing new: the send in flight finishes (its timeouts are bounded) and is
   * recorded before the database connections go, waiting up to the shutdown timeout; if the process
   * dies first, its lease runs out and it becomes UNKNOWN.
   */
  void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
    stopping = true;
    LOG.info("Shutting down: no new claims");
    try {
      if (ticking.tryLock(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        ticking.unlock();
      } else {
        LOG.warn("Shutting down with a send still in flight; its claim will become UNKNOWN");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One pass over the active campaigns. Safe to call from tests and from several replicas. */
  public TickReport tick() {
    Instant now = clock.instant();
    int expired = claims.expireLeases(now);
    List<Campaign> active =
        QuarkusTransaction.requiringNew()
            .call(() -> Campaign.<Campaign>list("status = ?1 order by id", Campaign.Status.ACTIVE));
    int claimed = 0;
    Set<Long> ownersOutOfBudget = new HashSet<>();
    Map<Long, Integer> used =
        claims.usedOn(
            active.stream().map(c -> c.id).toList(),
            active.stream().map(c -> planner.localDay(now, ZoneId.of(c.timeZone))).toList());
    for (Campaign campaign : active) {
      if (stopping) {
        break;
      }
      if (ownersOutOfBudget.contains(campaign.ownerId)) {
        continue;
      }
      LocalDate day = planner.localDay(now, ZoneId.of(campaign.timeZone));
      DayPlan plan =
          planner.plan(campaign.id, CampaignPacing.policyOf(campaign), day, pacing.ceiling());
      int due = Math.min(planner.dueBy(plan, now), plan.cap());
      int usedToday = used.getOrDefault(campaign.id, 0);
      if (usedToday >= due) {
        // The effective cap is at most the planned one, so it cannot allow more than is due: skip
        // its reads (five queries) for the many campaigns with no slot due on this tick.
        continue;
      }
      int allowed = Math.min(due, capAdjustment.effectiveCap(campaign, plan.cap()));
      for (int i = 0;
          i < settings.maxClaimsPerTick() && usedToday + i < allowed && !stopping;
          i++) {
        Claims.Attempt attempt =
            claims.claim(
                campaign.id,
                campaign.ownerId,
                day,
                plan.cap(),
                allowed,
                campaign.channel == Channel.EMAIL,
                messageDomain(campaign),
                now);
        if (attempt.claimed().isEmpty()) {
          if (attempt.refusal() == Claims.Refusal.SENDER_BUDGET) {
            ownersOutOfBudget.add(campaign.ownerId);
          }
          break;
        }
        claimed++;
        if (campaign.channel == Channel.EMAIL) {
          delivery.send(attempt.claimed().get(), campaign);
        }
      }
    }
    return new TickReport(active.size(), claimed, expired);
  }

  private String messageDomain(Campaign campaign) {
    if (campaign.senderEmail != null && campaign.senderEmail.contains("@")) {
      return campaign.senderEmail.substring(campaign.senderEmail.indexOf('@') + 1);
    }
    return mail.messageIdDomain();
  }
}
