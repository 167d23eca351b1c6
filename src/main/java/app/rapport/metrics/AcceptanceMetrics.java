package app.rapport.metrics;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Acceptance metrics computed in PostgreSQL (two grouped queries, see {@link MetricsSql}), scoped
 * to the owner and optionally to one of their campaigns. Nothing is cached: the figures are exact
 * at the moment of the request.
 */
@ApplicationScoped
public class AcceptanceMetrics {

  private final EntityManager em;
  private final Campaigns campaigns;

  public AcceptanceMetrics(EntityManager em, Campaigns campaigns) {
    this.em = em;
    this.campaigns = campaigns;
  }

  /** An IANA region such as Europe/Berlin (or UTC); offsets like +02:00 are refused. */
  public static ZoneId zone(String text) {
    if (text == null || text.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      ZoneId zone = ZoneId.of(text.strip());
      if (zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0) {
        return ZoneOffset.UTC;
      }
      if (zone instanceof ZoneOffset || zone.getId().matches("(?i)(GMT|UTC|UT)[+-].*")) {
        throw new DateTimeException("offset");
      }
      return zone;
    } catch (DateTimeException e) {
      throw new ApiError.Invalid(
          "Unknown time zone '" + text + "': use an IANA name such as Europe/Berlin, or UTC.");
    }
  }

  @Transactional
  public MetricsReport forOwner(long ownerId, ZoneId zone) {
    return report(ownerId, null, zone);
  }

  @Transactional
  public MetricsReport forCampaign(long ownerId, long campaignId, ZoneId zone) {
    campaigns.owned(ownerId, campaignId);
    return report(ownerId, campaignId, zone);
  }

  private MetricsReport report(long ownerId, Long campaignId, ZoneId zone) {
    // a plan over many rows makes PostgreSQL compile it (JIT): seconds lost for a short query
    em.createNativeQuery("set local jit = off").executeUpdate();
    String zoneName = zone.getId().equals("Z") ? "UTC" : zone.getId();
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

  /** The per-campaign table of the owner (the CSV export). */
  @Transactional
  public List<MetricsReport.Row> campaignTable(long ownerId, ZoneId zone) {
    return forOwner(ownerId, zone).byCampaign();
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
