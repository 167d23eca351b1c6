package app.rapport.dispatch;

/**
 * The SQL that keeps every replica under the caps. A unit of quota is reserved by a conditional
 * UPDATE in the same transaction as the claim of an invitation: two replicas racing for the last
 * unit serialise on the quota row, and the loser's UPDATE matches nothing.
 */
final class QuotaStatements {

  private QuotaStatements() {}

  /** Makes sure today's row exists. Parameters: campaign, day, cap. */
  static final String ENSURE_DAY =
      """
      insert into quota (campaign_id, day, cap, used) values (?, ?, ?, 0)
      on conflict (campaign_id, day) do update set cap = greatest(quota.cap, excluded.cap)
      """;

  /**
   * Reserves one unit if fewer than {@code allowed} are used. {@code allowed} is the smaller of the
   * slots due so far and today's (effective) cap, computed from the current settings: a cap lowered
   * to 10 after 12 sends allows nothing more. Parameters: campaign, day, allowed.
   */
  static final String RESERVE =
      "update quota set used = used + 1 where campaign_id = ? and day = ? and used < ? returning used";

  /** Gives a unit back (a retry later, a skipped task). Parameters: campaign, day. */
  static final String RETURN =
      "update quota set used = used - 1 where campaign_id = ? and day = ? and used > 0";

  /** Parameters: owner, day. */
  static final String ENSURE_SENDER_DAY =
      "insert into sender_quota (owner_id, day, used) values (?, ?, 0) on conflict do nothing";

  /**
   * Reserves one unit of the sender's budget: under the daily ceiling, and under the weekly one
   * counting the earlier days of the week (which no longer change). Parameters: owner, day, daily
   * ceiling, owner, week start, day, weekly ceiling.
   */
  static final String RESERVE_SENDER =
      """
      update sender_quota set used = used + 1
      where owner_id = ? and day = ? and used < ?
        and used + (select coalesce(sum(s.used), 0) from sender_quota s
                    where s.owner_id = ? and s.day >= ? and s.day < ?) < ?
      returning used
      """;

  /** Parameters: owner, day. */
  static final String RETURN_SENDER =
      "update sender_quota set used = used - 1 where owner_id = ? and day = ? and used > 0";
}
