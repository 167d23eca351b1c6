package app.rapport.guard;

public enum RuleCode {
  GIFT,
  NO_CONTEXT,
  BLAST,
  PLATITUDE,
  FIVE_POINTS,
  HARD_SELL,
  PECKING_ORDER,
  CHANNEL,
  COOLDOWN,
  STALE,
  CAP
}
