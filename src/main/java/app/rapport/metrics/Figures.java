package app.rapport.metrics;

/**
 * The figures of one group of invitations. Counts follow each invitation's current state, so a
 * changed answer moves from one count to the other (last answer wins):
 *
 * <ul>
 *   <li>{@code drafted}: every invitation drafted; {@code approved}: every one past review (not
 *       DRAFTED or REJECTED); {@code sent}: every one that went out ({@code sent_at} set);
 *   <li>{@code accepted}: ACCEPTED or MET (a coffee that happened was accepted); {@code met}: MET;
 *       {@code declined}, {@code optedOut}, {@code bounced}, {@code replied} (not yet classified),
 *       {@code noReply}: those states;
 *   <li>{@code answered}: REPLIED, ACCEPTED, DECLINED, OPTED_OUT or MET;
 *   <li>{@code acceptanceRate} = accepted / sent and {@code answerRate} = answered / sent (null
 *       when nothing was sent);
 *   <li>{@code medianSecondsToAnswer}: the median from sending to the first answer of any kind
 *       (null when none), as PostgreSQL's {@code percentile_cont(0.5)}.
 * </ul>
 */
public record Figures(
    long drafted,
    long approved,
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

  /** The figures from the counts, with the rates computed. */
  static Figures of(long[] c, Double median) {
    long sent = c[2];
    return new Figures(
        c[0],
        c[1],
        sent,
        c[3],
        c[4],
        c[5],
        c[6],
        c[7],
        c[8],
        c[9],
        c[10],
        sent == 0 ? null : (double) c[3] / sent,
        sent == 0 ? null : (double) c[10] / sent,
        median);
  }

  static final Figures NONE = of(new long[11], null);
}
