package app.rapport.response;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public pages: {@code burst} requests at once, then
 * {@code perMinute} a minute. Kept in memory, so each replica limits on its own (N replicas let
 * through up to N times the rate); enough to blunt token guessing and scripted floods, not a global
 * quota. At most {@code maxClients} addresses are tracked: when full, idle buckets go.
 */
final class ClientBuckets {

  private final int burst;
  private final double perNano;
  private final int maxClients;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    Instant last;

    Bucket(double tokens, Instant last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  ClientBuckets(int burst, int perMinute, int maxClients) {
    if (burst < 1 || perMinute < 1 || maxClients < 1) {
      throw new IllegalArgumentException("Rate limits are positive.");
    }
    this.burst = burst;
    this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    this.maxClients = maxClients;
  }

  /** Takes one token for {@code client} at {@code now}; false when its bucket is empty. */
  boolean take(String client, Instant now) {
    if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
      evictIdle(now);
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    synchronized (bucket) {
      long elapsed = Duration.between(bucket.last, now).toNanos();
      if (elapsed > 0) {
        bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perNano);
      }
      // a clock moved back (tests, NTP) must not stall refills: count from now on
      bucket.last = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      return false;
    }
  }

  private void evictIdle(Instant now) {
    for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
      Bucket bucket = it.next().getValue();
      synchronized (bucket) {
        double refilled = bucket.tokens + Duration.between(bucket.last, now).toNanos() * perNano;
        if (refilled >= burst) {
          it.remove();
        }
      }
    }
    if (buckets.size() >= maxClients) {
      buckets.clear();
    }
  }
}
