package app.rapport.response;

import app.rapport.campaign.Campaign;
import app.rapport.pacing.AutoPause;
import app.rapport.pacing.RecentSends;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Auto-pause: after each recorded outcome, and on a schedule for every active campaign, checks the
 * campaign's last N sends against its safeguards ({@link AutoPause}) and pauses it, saying why. The
 * user resumes it deliberately ({@code POST /api/campaigns/{id}/resume}); the window then starts
 * afresh from the pause, so the same bad sends do not pause it again.
 */
@ApplicationScoped
public class CampaignHealth {

  private static final Logger LOG = Logger.getLogger(CampaignHealth.class);

  private final EntityManager em;
  private final SendWindow window;
  private final Clock clock;

  public CampaignHealth(EntityManager em, SendWindow window, Clock clock) {
    this.em = em;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Pauses the campaign if it is active and its last sends break a safeguard; the reason, or empty.
   * The dispatcher may call this after recording a bounce at send time.
   */
  @Transactional
  public Optional<String> evaluate(long campaignId) {
    SendWindow.Settings settings = window.settings(campaignId);
    if (settings == null || !Campaign.Status.ACTIVE.name().equals(settings.status())) {
      return Optional.empty();
    }
    RecentSends recent = window.recent(settings);
    Optional<String> reason = AutoPause.reason(recent, settings.limits());
    reason.ifPresent(why -> pause(campaignId, why));
    return reason;
  }

  /** Evaluates every active campaign; how many it paused. */
  public int evaluateActive() {
    List<Long> active = activeCampaigns();
    int paused = 0;
    for (long id : active) {
      if (evaluate(id).isPresent()) {
        paused++;
      }
    }
    return paused;
  }

  @Transactional
  List<Long> activeCampaigns() {
    return em.createQuery(
            "select c.id from Campaign c where c.status = :s order by c.id", Long.class)
        .setParameter("s", Campaign.Status.ACTIVE)
        .getResultList();
  }

  private void pause(long campaignId, String why) {
    Instant now = clock.instant();
    Campaign campaign = em.find(Campaign.class, campaignId);
    campaign.status = Campaign.Status.PAUSED;
    campaign.pausedReason = why;
    campaign.updatedAt = now;
    em.flush();
    em.createNativeQuery("update campaign set health_since = ?2, auto_paused_at = ?2 where id = ?1")
        .setParameter(1, campaignId)
        .setParameter(2, now)
        .executeUpdate();
    LOG.infof("Campaign %d paused itself: %s", campaignId, why);
  }
}
