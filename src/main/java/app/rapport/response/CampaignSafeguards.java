package app.rapport.response;

import app.rapport.campaign.Campaigns;
import app.rapport.pacing.RecentSends;
import app.rapport.pacing.Safeguards;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Reading and changing a campaign's safeguards (auto-pause thresholds, adaptive cap level). */
@ApplicationScoped
public class CampaignSafeguards {

  /** The settings, the window they are judged over now, and the last automatic pause. */
  public record View(
      int window,
      double maxBounceRate,
      double maxOptOutRate,
      double minAcceptanceRate,
      double slowdownAcceptanceRate,
      long acceptanceAfterDays,
      Instant healthSince,
      Instant autoPausedAt,
      RecentSends recent) {}

  /** New settings; a null leaves the current value. */
  public record Change(
      Integer window,
      Double maxBounceRate,
      Double maxOptOutRate,
      Double minAcceptanceRate,
      Double slowdownAcceptanceRate) {}

  private final Campaigns campaigns;
  private final SendWindow window;
  private final EntityManager em;

  public CampaignSafeguards(Campaigns campaigns, SendWindow window, EntityManager em) {
    this.campaigns = campaigns;
    this.window = window;
    this.em = em;
  }

  @Transactional
  public View get(long ownerId, long campaignId) {
    campaigns.owned(ownerId, campaignId);
    SendWindow.Settings settings = window.settings(campaignId);
    Safeguards s = settings.limits();
    Object pausedAt =
        em.createNativeQuery("select auto_paused_at from campaign where id = ?1")
            .setParameter(1, campaignId)
            .getSingleResult();
    return new View(
        s.window(),
        s.maxBounceRate(),
        s.maxOptOutRate(),
        s.minAcceptanceRate(),
        s.slowdownAcceptanceRate(),
        s.maturity().toDays(),
        settings.healthSince(),
        SendWindow.toInstant(pausedAt),
        window.recent(settings));
  }

  @Transactional
  public View update(long ownerId, long campaignId, Change change) {
    View current = get(ownerId, campaignId);
    int n = change.window() == null ? current.window() : change.window();
    double minAcceptance = or(change.minAcceptanceRate(), current.minAcceptanceRate());
    double slowdown = or(change.slowdownAcceptanceRate(), current.slowdownAcceptanceRate());
    if (slowdown < minAcceptance) {
      throw new ApiError.Invalid(
          "The slowdown level ("
              + slowdown
              + ") must be at or above the pause level ("
              + minAcceptance
              + "): the cap slows before the campaign stops.");
    }
    em.createNativeQuery(
            "update campaign set health_window = ?2, max_bounce_rate = ?3, max_opt_out_rate = ?4,"
                + " min_acceptance_rate = ?5, slowdown_acceptance_rate = ?6 where id = ?1")
        .setParameter(1, campaignId)
        .setParameter(2, n)
        .setParameter(3, or(change.maxBounceRate(), current.maxBounceRate()))
        .setParameter(4, or(change.maxOptOutRate(), current.maxOptOutRate()))
        .setParameter(5, minAcceptance)
        .setParameter(6, slowdown)
        .executeUpdate();
    return get(ownerId, campaignId);
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }
}
