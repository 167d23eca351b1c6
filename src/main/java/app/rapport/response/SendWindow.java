package app.rapport.response;

import app.rapport.pacing.RecentSends;
import app.rapport.pacing.Safeguards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads a campaign's safeguard settings and its last N sends. A send is an invitation that went out
 * (sent_at) or bounced at the door; it is ordered by when it went out or was attempted, and only
 * sends since {@code health_since} count (set when the campaign paused itself, so that a deliberate
 * resume starts a fresh window). Both reads are index scans of at most N rows ({@code
 * invitation_sends}).
 */
@ApplicationScoped
class SendWindow {

  /** The order of sends; the same expression as the {@code invitation_sends} index. */
  static final String SENT_ORDER = "coalesce(sent_at, claimed_at, updated_at)";

  private static final String SENDS =
      "select state from invitation where campaign_id = ?1"
          + " and (sent_at is not null or state = 'BOUNCED') and "
          + SENT_ORDER
          + " >= ?2";

  private final EntityManager em;
  private final Clock clock;
  private final Duration maturity;

  SendWindow(
      EntityManager em,
      Clock clock,
      @org.eclipse.microprofile.config.inject.ConfigProperty(
              name = "rapport.answers.acceptance-after",
              defaultValue = "P7D")
          Duration maturity) {
    this.em = em;
    this.clock = clock;
    this.maturity = maturity;
  }

  /** A campaign's safeguard columns with its status. */
  record Settings(long campaignId, String status, Instant healthSince, Safeguards limits) {}

  Settings settings(long campaignId) {
    List<?> rows =
        em.createNativeQuery(
                "select status, health_since, health_window, max_bounce_rate, max_opt_out_rate,"
                    + " min_acceptance_rate, slowdown_acceptance_rate from campaign where id = ?1")
            .setParameter(1, campaignId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.getFirst();
    return new Settings(
        campaignId,
        (String) row[0],
        toInstant(row[1]),
        new Safeguards(
            ((Number) row[2]).intValue(),
            rate(row[3]),
            rate(row[4]),
            rate(row[5]),
            rate(row[6]),
            maturity));
  }

  RecentSends recent(Settings settings) {
    int n = settings.limits().window();
    Instant since = settings.healthSince() == null ? Instant.EPOCH : settings.healthSince();
    Object[] latest =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where state = 'BOUNCED'),"
                        + " count(*) filter (where state = 'OPTED_OUT') from ("
                        + SENDS
                        + " order by "
                        + SENT_ORDER
                        + " desc limit ?3) s")
                .setParameter(1, settings.campaignId())
                .setParameter(2, since)
                .setParameter(3, n)
                .getSingleResult();
    Object[] matured =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where state in ('ACCEPTED', 'MET')) from ("
                        + SENDS
                        + " and "
                        + SENT_ORDER
                        + " <= ?4 order by "
                        + SENT_ORDER
                        + " desc limit ?3) s")
                .setParameter(1, settings.campaignId())
                .setParameter(2, since)
                .setParameter(3, n)
                .setParameter(4, clock.instant().minus(settings.limits().maturity()))
                .getSingleResult();
    return new RecentSends(
        count(latest[0]), count(latest[1]), count(latest[2]), count(matured[0]), count(matured[1]));
  }

  private static int count(Object value) {
    return ((Number) value).intValue();
  }

  private static double rate(Object value) {
    return value instanceof BigDecimal decimal
        ? decimal.doubleValue()
        : ((Number) value).doubleValue();
  }

  static Instant toInstant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant instant -> instant;
      case java.time.OffsetDateTime offset -> offset.toInstant();
      case java.sql.Timestamp timestamp -> timestamp.toInstant();
      default -> throw new IllegalStateException("Not a timestamp: " + value.getClass());
    };
  }
}
