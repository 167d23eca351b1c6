package app.rapport.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Acceptance metrics of an owner or a campaign: totals, breakdowns and series.
 *
 * <p>Breakdown keys: campaign id; template name (the A/B variant); context type ({@code NONE}
 * without one); the context's age when the invitation was sent ({@code UNDER_1_MONTH}, {@code
 * MONTHS_1_TO_3}, {@code MONTHS_3_TO_12}, {@code OVER_12_MONTHS}; {@code UNKNOWN} without a dated
 * context, {@code NOT_SENT} before sending); the recipient's relationship; the channel.
 *
 * <p>{@code asOf} is when the figures were computed; {@code upToDate} is false when the data has
 * changed since (a report served within the {@code maxAge} the caller accepted, while a fresh one
 * is computed).
 *
 * <p>Series count invitations by the day (or ISO week, from Monday) they were sent, in {@code
 * zone}: a cohort's answers count in the period it was sent, so its rates compare.
 */
@JsonPropertyOrder({"upToDate", "asOf", "zone"})
public record MetricsReport(
    boolean upToDate,
    Instant asOf,
    String zone,
    Figures totals,
    List<Row> byCampaign,
    List<Row> byTemplate,
    List<Row> byContextType,
    List<Row> byContextAge,
    List<Row> byRelationship,
    List<Row> byChannel,
    List<Period> daily,
    List<Period> weekly) {

  /** The same figures, marked as computed before the latest change. */
  MetricsReport outdated() {
    return new MetricsReport(
        false,
        asOf,
        zone,
        totals,
        byCampaign,
        byTemplate,
        byContextType,
        byContextAge,
        byRelationship,
        byChannel,
        daily,
        weekly);
  }

  /** One group of a breakdown; the figures are flattened into the row. */
  public record Row(String key, String label, @JsonUnwrapped Figures figures) {}

  /** The invitations sent in one day or week (starting on {@code start}). */
  public record Period(
      LocalDate start,
      long sent,
      long accepted,
      long declined,
      long optedOut,
      long bounced,
      long replied,
      long met,
      long noReply,
      long answered,
      Double acceptanceRate,
      Double answerRate,
      Double medianSecondsToAnswer) {

    static Period of(LocalDate start, Figures f) {
      return new Period(
          start,
          f.sent(),
          f.accepted(),
          f.declined(),
          f.optedOut(),
          f.bounced(),
          f.replied(),
          f.met(),
          f.noReply(),
          f.answered(),
          f.acceptanceRate(),
          f.answerRate(),
          f.medianSecondsToAnswer());
    }
  }
}
