package app.rapport.metrics;

import app.rapport.platform.problem.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Acceptance metrics of an owner or one of their campaigns, computed by {@link MetricsQueries} and
 * kept in a {@link ReportCache} per owner, campaign and zone until the data changes.
 *
 * <p>A caller that accepts figures up to {@code maxAge} old is answered at once with the kept
 * report after a change (marked {@code upToDate: false}) while one background task per report
 * computes the new one (at most every {@code refresh-every}); with {@code maxAge} zero (the API's
 * default) every answer is exact at the moment of the request. At a million invitations a
 * computation takes seconds, and paced sending changes the data every few seconds during the day:
 * the metrics page accepts ten minutes.
 */
@ApplicationScoped
public class AcceptanceMetrics {

  private static final Logger LOG = Logger.getLogger(AcceptanceMetrics.class);

  private static final long MAX_AGE_SECONDS = 86_400;

  /** What a report is about. */
  private record Key(long ownerId, Long campaignId, String zone) {}

  /**
   * A kept report as served: up to date, or computed before the latest change. The page reads the
   * {@link #report()}, the API sends the {@link #json()} ({@link ServedWriter}); each is derived
   * only when asked for. The API documents it as the report it is.
   */
  @Schema(implementation = MetricsReport.class)
  public record Served(KeptReport kept, boolean upToDate) {

    public MetricsReport report() {
      return upToDate ? kept.report() : kept.report().outdated();
    }

    public byte[] json() {
      return kept.json(upToDate);
    }
  }

  private final MetricsQueries queries;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final ReportCache<Key, KeptReport> cache;
  private final SingleFlight<Key, ReportCache.Snapshot<KeptReport>> computations =
      new SingleFlight<>();
  private final ExecutorService refreshes;

  public AcceptanceMetrics(
      MetricsQueries queries,
      Clock clock,
      ObjectMapper mapper,
      @ConfigProperty(name = "rapport.metrics.cache-megabytes", defaultValue = "32") long megabytes,
      @ConfigProperty(name = "rapport.metrics.refresh-threads", defaultValue = "2") int threads,
      @ConfigProperty(name = "rapport.metrics.refresh-every", defaultValue = "PT1M")
          Duration refreshEvery) {
    this.queries = queries;
    this.clock = clock;
    this.mapper = mapper;
    this.cache = new ReportCache<>(megabytes << 20, KeptReport::weight, refreshEvery);
    this.refreshes =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("metrics-refresh-", 0).factory());
  }

  @PreDestroy
  void stop() {
    refreshes.shutdownNow();
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

  /** How old a report the caller accepts after a change: whole seconds, 0 or more. */
  public static Duration maxAge(String seconds, Duration otherwise) {
    if (seconds == null || seconds.isBlank()) {
      return otherwise;
    }
    try {
      long value = Long.parseLong(seconds.strip());
      if (value >= 0 && value <= MAX_AGE_SECONDS) {
        return Duration.ofSeconds(value);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiError.Invalid(
        "maxAge is a number of seconds from 0 to " + MAX_AGE_SECONDS + ", not '" + seconds + "'.");
  }

  /** Metrics over all the owner's campaigns. */
  public Served forOwner(long ownerId, ZoneId zone, Duration maxAge) {
    return report(new Key(ownerId, null, MetricsQueries.zoneName(zone)), zone, maxAge);
  }

  /** Metrics of one campaign (404 unless the owner has it). */
  public Served forCampaign(long ownerId, long campaignId, ZoneId zone, Duration maxAge) {
    return report(new Key(ownerId, campaignId, MetricsQueries.zoneName(zone)), zone, maxAge);
  }

  /** The per-campaign table of the owner (the CSV export), exact. */
  public List<MetricsReport.Row> campaignTable(long ownerId, ZoneId zone) {
    return forOwner(ownerId, zone, Duration.ZERO).report().byCampaign();
  }

  private Served report(Key key, ZoneId zone, Duration maxAge) {
    long version = queries.version(key.ownerId(), key.campaignId());
    return switch (cache.lookup(key, version, maxAge, clock.instant())) {
      case ReportCache.Current<KeptReport> current -> new Served(current.snapshot().value(), true);
      case ReportCache.Stale<KeptReport> stale -> {
        if (stale.refresh()) {
          refreshLater(key, zone);
        }
        yield new Served(stale.snapshot().value(), false);
      }
      case ReportCache.Missing<KeptReport> missing -> new Served(compute(key, zone, version), true);
    };
  }

  /**
   * A report of data at least at {@code version}: computed now, or by a computation of the same
   * report already under way (a cold cache and several viewers would otherwise run it once each).
   */
  private KeptReport compute(Key key, ZoneId zone, long version) {
    return computations
        .run(key, () -> computeAndKeep(key, zone), done -> done.version() >= version)
        .value();
  }

  private ReportCache.Snapshot<KeptReport> computeAndKeep(Key key, ZoneId zone) {
    ReportCache.Snapshot<MetricsReport> computed =
        queries.compute(key.ownerId(), key.campaignId(), zone);
    KeptReport kept;
    try {
      kept = new KeptReport(computed.value(), mapper.writeValueAsBytes(computed.value()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the metrics report", e);
    }
    ReportCache.Snapshot<KeptReport> snapshot =
        new ReportCache.Snapshot<>(kept, computed.version(), computed.computedAt());
    cache.store(key, snapshot);
    return snapshot;
  }

  private void refreshLater(Key key, ZoneId zone) {
    try {
      refreshes.execute(
          () -> {
            try {
              compute(key, zone, 0);
            } catch (RuntimeException e) {
              LOG.warnf(e, "Refreshing the metrics of owner %d failed", key.ownerId());
            } finally {
              cache.refreshed(key);
            }
          });
    } catch (RejectedExecutionException shuttingDown) {
      cache.refreshed(key);
    }
  }
}
