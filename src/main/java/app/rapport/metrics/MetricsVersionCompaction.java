package app.rapport.metrics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Folds the metrics change rows into each owner's base version (see {@code
 * V6__metrics_version.sql}), so that reading a version counts a few rows at most. One statement:
 * every version stays what it was, and a change committed meanwhile is folded next time.
 */
@ApplicationScoped
public class MetricsVersionCompaction {

  private static final String COMPACT =
      """
      with gone as (delete from metrics_change returning owner_id)
      insert into metrics_version as v (owner_id, base)
      select owner_id, count(*) from gone group by owner_id order by owner_id
      on conflict (owner_id) do update set base = v.base + excluded.base
      """;

  private final EntityManager em;

  public MetricsVersionCompaction(EntityManager em) {
    this.em = em;
  }

  @Scheduled(
      identity = "metrics-compaction",
      every = "${rapport.metrics.compact-every:10m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /** Folds every change row; how many owners' versions it touched. */
  @Transactional
  public int run() {
    return em.createNativeQuery(COMPACT).executeUpdate();
  }
}
