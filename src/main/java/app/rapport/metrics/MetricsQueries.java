package app.rapport.metrics;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Acceptance metrics computed in PostgreSQL (two grouped queries, see {@link MetricsSql}), scoped
 * to the owner and optionally to one of their campaigns, and the data version they are computed
 * from (see {@code V6__metrics_version.sql}).
 */
@ApplicationScoped
public class MetricsQueries {

  private static final String VERSION =
      "select coalesce((select base from metrics_version where owner_id = ?1), 0)"
          + " + (select count(*) from metrics_change where owner_id = ?1)";

  private final EntityManager em;
  private final Campaigns campaigns;
  private final Clock clock;

  public MetricsQueries(EntityManager em, Campaigns campaigns, Clock clock) {
    this.em = em;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * The version of the owner's metrics data: it grows with every committed change a report could
   * show. With a campaign, 404 unless the owner has it. No transaction of its own: every view asks,
   * and a statement in autocommit mode saves the round trip of a COMMIT.
   */
  public long version(long ownerId, Long campaignId) {
    if (campaignId != null) {
      campaigns.owned(ownerId, campaignId);
    }
    return versionNow(ownerId);
  }

  /**
   * Computes the report (of one campaign, or all when {@code campaignId} is null) with the version
   * of the data it was computed from, both read in one snapshot.
   */
  @Transactional
  public ReportCache.Snapshot<MetricsReport> compute(long ownerId, Long campaignId, ZoneId zone) {
    em.createNativeQuery("set transaction isolation level repeatable read, read only")
        .executeUpdate();
    Instant at = clock.instant();
    long version = versionNow(ownerId);
    if (campaignId != null) {
      campaigns.owned(ownerId, campaignId);
    }
    return new ReportCache.Snapshot<>(report(ownerId, campaignId, zone, at), version, at);
  }

  private long versionNow(long ownerId) {
    Object version = em.createNativeQuery(VERSION).setParameter(1, ownerId).getSingleResult();
    return ((Number) version).longValue();
  }

  private MetricsReport report(long ownerId, Long campaignId, ZoneId zone, Instant at) {
    // a plan over many rows makes PostgreSQL compile it (JIT): seconds lost for a short query
    em.createNativeQuery("set local jit = off").executeUpdate();
    String zoneName = zoneName(zone);
    Map<Long, String> names = campaignNames(ownerId);
    Figures totals = Figures.NONE;
    List<MetricsReport.Row> byCampaign = new ArrayList<>();
    List<MetricsReport.Row> byTemplate = new ArrayList<>();
    List<MetricsReport.Row> byContextType = new ArrayList<>();
    List<MetricsReport.Row> byContextAge = new ArrayList<>();
    List<MetricsReport.Row> byRelationship = new ArrayList<>();
    List<MetricsReport.Row> byChannel = new ArrayList<>();
    for (Object[] row : rows(MetricsSql.BREAKDOWNS, ownerId, campaignId, zoneName)) {
      int grouping = ((Number) row[0]).intValue();
      Figures figures = figures(row, 7);
      switch (grouping) {
        case MetricsSql.TOTALS -> totals = figures;
        case MetricsSql.BY_CAMPAIGN -> {
          long id = ((Number) row[1]).longValue();
          byCampaign.add(new MetricsReport.Row(String.valueOf(id), names.get(id), figures));
        }
        case MetricsSql.BY_TEMPLATE -> byTemplate.add(row((String) row[2], figures));
        case MetricsSql.BY_CONTEXT_TYPE -> byContextType.add(row((String) row[3], figures));
        case MetricsSql.BY_CONTEXT_AGE -> byContextAge.add(row((String) row[4], figures));
        case MetricsSql.BY_RELATIONSHIP -> byRelationship.add(row((String) row[5], figures));
        case MetricsSql.BY_CHANNEL -> byChannel.add(row((String) row[6], figures));
        default -> throw new IllegalStateException("Unexpected grouping " + grouping);
      }
    }
    byCampaign.sort(Comparator.comparingLong(r -> Long.parseLong(r.key())));
    List<MetricsReport.Period> daily = new ArrayList<>();
    List<MetricsReport.Period> weekly = new ArrayList<>();
    for (Object[] row : rows(MetricsSql.SERIES, ownerId, campaignId, zoneName)) {
      int grouping = ((Number) row[0]).intValue();
      Figures figures = figures(row, 3);
      if (grouping == MetricsSql.DAILY) {
        daily.add(MetricsReport.Period.of(date(row[1]), figures));
      } else {
        weekly.add(MetricsReport.Period.of(date(row[2]), figures));
      }
    }
    daily.sort(Comparator.comparing(MetricsReport.Period::start));
    weekly.sort(Comparator.comparing(MetricsReport.Period::start));
    return new MetricsReport(
        true,
        at,
        zoneName,
        totals,
        byCampaign,
        sorted(byTemplate),
        sorted(byContextType),
        sorted(byContextAge),
        sorted(byRelationship),
        sorted(byChannel),
        daily,
        weekly);
  }

  /** The zone as PostgreSQL names it. */
  static String zoneName(ZoneId zone) {
    return zone.getId().equals("Z") ? "UTC" : zone.getId();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long ownerId, Long campaignId, String zone) {
    Query query =
        em.createNativeQuery(campaignId == null ? sql : MetricsSql.forCampaign(sql))
            .setParameter(1, ownerId)
            .setParameter(2, zone);
    if (campaignId != null) {
      query.setParameter(3, campaignId);
    }
    return query.getResultList();
  }

  private Map<Long, String> campaignNames(long ownerId) {
    return Campaign.<Campaign>list("ownerId", ownerId).stream()
        .collect(Collectors.toMap(c -> c.id, c -> c.name, (a, b) -> a));
  }

  private static Figures figures(Object[] row, int from) {
    long[] counts = new long[MetricsSql.FIGURE_COLUMNS - 1];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = ((Number) row[from + i]).longValue();
    }
    Object median = row[from + counts.length];
    return Figures.of(counts, median == null ? null : ((Number) median).doubleValue());
  }

  private static MetricsReport.Row row(String key, Figures figures) {
    return new MetricsReport.Row(key, key, figures);
  }

  private static List<MetricsReport.Row> sorted(List<MetricsReport.Row> rows) {
    rows.sort(
        Comparator.comparing(MetricsReport.Row::key, Comparator.nullsLast(String::compareTo)));
    return rows;
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case LocalDate date -> date;
      case java.sql.Date date -> date.toLocalDate();
      default -> throw new IllegalStateException("Not a date: " + value);
    };
  }
}
