package app.rapport.metrics;

/**
 * The SQL of the acceptance metrics: one pass over the owner's invitations with {@code GROUPING
 * SETS} for the totals and every breakdown, one over the sent ones for the daily and weekly series.
 * Constant state names only; the owner, campaign and zone are bound parameters.
 */
final class MetricsSql {

  private MetricsSql() {}

  /** The figures over a group, in the order {@link Figures#of} reads them. */
  static final String FIGURES =
      """
      count(*),
      count(*) filter (where state not in ('DRAFTED', 'REJECTED')),
      count(sent_at),
      count(*) filter (where state in ('ACCEPTED', 'MET')),
      count(*) filter (where state = 'DECLINED'),
      count(*) filter (where state = 'OPTED_OUT'),
      count(*) filter (where state = 'BOUNCED'),
      count(*) filter (where state = 'REPLIED'),
      count(*) filter (where state = 'MET'),
      count(*) filter (where state = 'NO_REPLY'),
      count(*) filter (where state in ('REPLIED', 'ACCEPTED', 'DECLINED', 'OPTED_OUT', 'MET')),
      percentile_cont(0.5) within group (order by seconds_to_answer)
      """;

  static final int FIGURE_COLUMNS = 12;

  /**
   * One row per invitation with its breakdown keys. ?1 owner, ?2 zone; {@link #forCampaign} adds
   * ?3, the campaign. The age of the context is taken on the day it was sent, in the zone.
   */
  static final String INVITATIONS =
      """
      select i.campaign_id, i.template_name, coalesce(i.context_type, 'NONE') as context_type,
             i.channel, i.state, i.sent_at,
             coalesce(c.relationship, 'UNKNOWN') as relationship,
             case when i.sent_at is null then 'NOT_SENT'
                  when h.published_on is null then 'UNKNOWN'
                  when (i.sent_at at time zone ?2)::date < h.published_on + interval '1 month'
                    then 'UNDER_1_MONTH'
                  when (i.sent_at at time zone ?2)::date < h.published_on + interval '3 months'
                    then 'MONTHS_1_TO_3'
                  when (i.sent_at at time zone ?2)::date < h.published_on + interval '12 months'
                    then 'MONTHS_3_TO_12'
                  else 'OVER_12_MONTHS' end as context_age,
             case when i.sent_at is not null and a.first_answered_at is not null
                  then extract(epoch from a.first_answered_at - i.sent_at)::float8 end
               as seconds_to_answer,
             (i.sent_at at time zone ?2)::date as sent_day,
             date_trunc('week', i.sent_at at time zone ?2)::date as sent_week
        from invitation i
        left join contact c on c.id = i.recipient_id
        left join context_hook h on h.id = i.hook_id
        left join answer a on a.invitation_id = i.id
       where i.owner_id = ?1 /*campaign*/
      """;

  /** The query restricted to one campaign (?3). */
  static String forCampaign(String sql) {
    return sql.replace("/*campaign*/", "and i.campaign_id = ?3");
  }

  /** Grouping bit masks (a set bit = the column is rolled up), in the column order below. */
  static final int TOTALS = 0b111111;

  static final int BY_CAMPAIGN = 0b011111;
  static final int BY_TEMPLATE = 0b101111;
  static final int BY_CONTEXT_TYPE = 0b110111;
  static final int BY_CONTEXT_AGE = 0b111011;
  static final int BY_RELATIONSHIP = 0b111101;
  static final int BY_CHANNEL = 0b111110;

  static final String BREAKDOWNS =
      "select grouping(campaign_id, template_name, context_type, context_age, relationship,"
          + " channel), campaign_id, template_name, context_type, context_age, relationship,"
          + " channel, "
          + FIGURES
          + " from ("
          + INVITATIONS
          + ") x group by grouping sets ((), (campaign_id), (template_name), (context_type),"
          + " (context_age), (relationship), (channel))";

  static final int DAILY = 0b01;
  static final int WEEKLY = 0b10;

  static final String SERIES =
      "select grouping(sent_day, sent_week), sent_day, sent_week, "
          + FIGURES
          + " from ("
          + INVITATIONS
          + ") x where sent_at is not null group by grouping sets ((sent_day), (sent_week))";
}
