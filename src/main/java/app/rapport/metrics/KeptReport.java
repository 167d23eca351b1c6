package app.rapport.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A computed report with its JSON, written once: at a million invitations it is ~150 KB, and
 * writing it again for every view would cost more than serving it.
 *
 * <p>The JSON starts with the {@code upToDate} property ({@link MetricsReport}'s property order
 * says so), so the outdated variant is the same bytes behind another prefix.
 */
public record KeptReport(MetricsReport report, byte[] json) {

  static final byte[] UP_TO_DATE = "{\"upToDate\":true,".getBytes(StandardCharsets.US_ASCII);
  static final byte[] OUTDATED = "{\"upToDate\":false,".getBytes(StandardCharsets.US_ASCII);

  public KeptReport {
    if (!report.upToDate()
        || json.length < UP_TO_DATE.length
        || !Arrays.equals(json, 0, UP_TO_DATE.length, UP_TO_DATE, 0, UP_TO_DATE.length)) {
      throw new IllegalArgumentException("expected the JSON of an up-to-date report");
    }
  }

  /** The JSON as served: as written, or marked as computed before the latest change. */
  public byte[] json(boolean upToDate) {
    if (upToDate) {
      return json;
    }
    byte[] outdated = new byte[json.length - UP_TO_DATE.length + OUTDATED.length];
    System.arraycopy(OUTDATED, 0, outdated, 0, OUTDATED.length);
    System.arraycopy(
        json, UP_TO_DATE.length, outdated, OUTDATED.length, json.length - UP_TO_DATE.length);
    return outdated;
  }

  /** Roughly what it holds in memory: the JSON, and the objects it was written from. */
  int weight() {
    return json.length * 3;
  }
}
