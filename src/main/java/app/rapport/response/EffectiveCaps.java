package app.rapport.response;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.pacing.Capacity;
import app.rapport.pacing.EffectiveCap;
import app.rapport.pacing.RecentSends;
import app.rapport.pacing.Safeguards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Pacing that follows the answers: the daily cap a campaign gets after the adaptive cap and the
 * user's coffee capacity ({@link EffectiveCap}). The dispatcher calls {@link
 * #effectiveCap(Campaign)} and plans the day with {@code policy.withDailyCap(effectiveCap)}.
 */
@ApplicationScoped
public class EffectiveCaps {

  private final EntityManager em;
  private final SendWindow window;
  private final Campaigns campaigns;

  public EffectiveCaps(EntityManager em, SendWindow window, Campaigns campaigns) {
    this.em = em;
    this.window = window;
    this.campaigns = campaigns;
  }

  /**
   * The campaign's daily cap after the brakes (0 … {@code c.dailyCap}). Three small indexed reads:
   * the safeguards, the last N sends, and the owner's accepted-not-met count.
   */
  @Transactional
  public int effectiveCap(Campaign c) {
    return explain(c).effectiveCap();
  }

  /** The same, with the reasons, for the schedule view and GET …/effective-cap. */
  @Transactional
  public EffectiveCap explain(long ownerId, long campaignId) {
    return explain(campaigns.owned(ownerId, campaignId));
  }

  @Transactional
  public EffectiveCap explain(Campaign c) {
    SendWindow.Settings settings = window.settings(c.id);
    Safeguards limits = settings == null ? Safeguards.DEFAULTS : settings.limits();
    RecentSends recent = settings == null ? RecentSends.NONE : window.recent(settings);
    return EffectiveCap.of(c.dailyCap, capacity(c.ownerId), recent, limits);
  }

  /** The owner's coffees a week and the accepted invitations still waiting for a meeting. */
  @Transactional
  public Capacity capacity(long ownerId) {
    List<?> rows =
        em.createNativeQuery("select coffees_per_week from app_user where id = ?1")
            .setParameter(1, ownerId)
            .getResultList();
    Integer coffees =
        rows.isEmpty() || rows.getFirst() == null ? null : ((Number) rows.getFirst()).intValue();
    long waiting =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from invitation where owner_id = ?1 and state = ?2")
                    .setParameter(1, ownerId)
                    .setParameter(2, InvitationState.ACCEPTED.name())
                    .getSingleResult())
            .longValue();
    return new Capacity(coffees, (int) waiting);
  }

  /** Sets the owner's coffees a week (null: no limit). */
  @Transactional
  public Capacity setCapacity(long ownerId, Integer coffeesPerWeek) {
    if (coffeesPerWeek == null) {
      em.createNativeQuery("update app_user set coffees_per_week = null where id = ?1")
          .setParameter(1, ownerId)
          .executeUpdate();
    } else {
      em.createNativeQuery("update app_user set coffees_per_week = ?2 where id = ?1")
          .setParameter(1, ownerId)
          .setParameter(2, coffeesPerWeek)
          .executeUpdate();
    }
    return capacity(ownerId);
  }
}
