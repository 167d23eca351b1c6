package app.rapport.guard;

/**
 * The guard's rules, one code each. The seed text each rule comes from is named so that a rule can
 * always be traced back to the lesson that justifies it (see {@code shared/seeds/}).
 */
public enum RuleCode {
  /** A gift, voucher or payment to get attention (seed 000: the Starbucks certificate). */
  GIFT,
  /** Nothing person-specific in the body (seeds 000, 003: relevant, direct, responsive). */
  NO_CONTEXT,
  /** The same body goes to many people (seed 000: marketing, not networking). */
  BLAST,
  /** The personal part is flattery or filler (seed 003: "great to meet you, I love your work"). */
  PLATITUDE,
  /** One of seed 001's five points is missing: intent, benefit, topic, time, an easy out. */
  FIVE_POINTS,
  /** Sales pressure (seed 004: "the hard sale does not work"). */
  HARD_SELL,
  /** A senior contact is asked for time and offered nothing (seed 003: the pecking order). */
  PECKING_ORDER,
  /** Too long, too many links, attachments or tracking pixels for the channel. */
  CHANNEL,
  /** Invited too recently, or suppressed (seed 002: don't be "single and desperate"). */
  COOLDOWN,
  /** The context is old enough to read as a mail merge (seed 000: relevant and responsive). */
  STALE,
  /** A daily cap outside the sane range (seed 004: about thirty a day). */
  CAP
}
