package app.rapport.metrics;

/**
 * The SQL of the acceptance metrics: the totals and every breakdown in one statement, the daily and
 * weekly series in another. In each, the counts are one {@code GROUPING SETS} pass over the owner's
 * invitations (hash aggregation: no sort), and the medians a second pass over the answered ones
 * only (a median needs its values sorted: 330,000 narrow rows rather than a million wide ones),
 * joined back group by group. Constant state names only; the owner, campaign and zone are bound
 * parameters.
 */
final class MetricsSql {

  private MetricsSql() {}

  /** The counts over a group, in the order {@link Figures#of} reads them. */
  private static final String COUNTS =
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
      count(*) filter (where state in ('REPLIED', 'ACCEPTED', 'DECLINED', 'OPTED_OUT', 'MET'))
      """;

  /** The counts, then the median: the columns {@link Figures#of} reads. */
  static final int FIGURE_COLUMNS = 12;

  /** The breakdown keys of an invitation, and its local day and week of sending (?2 the zone). */
  private static final String KEYS =
      """
      i.campaign_id, i.template_name, coalesce(i.context_type, 'NONE') as context_type,
      i.channel, coalesce(c.relationship, 'UNKNOWN') as relationship,
      case when i.sent_at is null then 'NOT_SENT'
           when h.published_on is null then 'UNKNOWN'
           when (i.sent_at at time zone ?2)::date < h.published_on + interval '1 month'
             then 'UNDER_1_MONTH'
           when (i.sent_at at time zone ?2)::date < h.published_on + interval '3 months'
             then 'MONTHS_1_TO_3'
           when (i.sent_at at time zone ?2)::date < h.published_on + interval '12 months'
             then 'MONTHS_3_TO_12'
           else 'OVER_12_MONTHS' end as context_age,
      (i.sent_at at time zone ?2)::date as sent_day,
      date_trunc('week', i.sent_at at time zone ?2)::date as sent_week
      """;

  /**
   * One row per invitation with its keys, state and time of sending. ?1 owner, ?2 zone; {@link
   * #forCampaign} adds ?3, the campaign. The age of the context is taken on the day it was sent.
   */
  private static final String INVITATIONS =
      "select "
          + KEYS
          + """
          , i.state, i.sent_at
            from invitation i
            left join contact c on c.id = i.recipient_id
            left join context_hook h on h.id = i.hook_id
           where i.owner_id = ?1 /*campaign*/
          """;

  /** One row per answered invitation with its keys and how long the first answer took. */
  private static final String ANSWERED =
      "select "
          + KEYS
          + """
          , extract(epoch from a.first_answered_at - i.sent_at)::float8 as seconds_to_answer
            from answer a
            join invitation i on i.id = a.invitation_id
            left join contact c on c.id = i.recipient_id
            left join context_hook h on h.id = i.hook_id
           where a.owner_id = ?1 and i.owner_id = ?1 and i.sent_at is not null /*campaign*/
          """;

  private static final String MEDIAN =
      "percentile_cont(0.5) within group (order by seconds_to_answer) as median";

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

  private static final String BREAKDOWN_KEYS =
      "campaign_id, template_name, context_type, context_age, relationship, channel";

  private static final String BREAKDOWN_SETS =
      " group by grouping sets ((), (campaign_id), (template_name), (context_type),"
          + " (context_age), (relationship), (channel))";

  /** Per group: grouping, the six keys (null where rolled up), the counts, the median. */
  static final String BREAKDOWNS =
      "with counts as (select grouping("
          + BREAKDOWN_KEYS
          + ") as g, "
          + BREAKDOWN_KEYS
          + ", "
          + COUNTS
          + " from ("
          + INVITATIONS
          + ") x"
          + BREAKDOWN_SETS
          + "), medians as (select grouping("
          + BREAKDOWN_KEYS
          + ") as g, "
          + BREAKDOWN_KEYS
          + ", "
          + MEDIAN
          + " from ("
          + ANSWERED
          + ") y"
          + BREAKDOWN_SETS
          + ") select counts.*, medians.median from counts left join medians"
          + " on medians.g = counts.g"
          + " and medians.campaign_id is not distinct from counts.campaign_id"
          + " and medians.template_name is not distinct from counts.template_name"
          + " and medians.context_type is not distinct from counts.context_type"
          + " and medians.context_age is not distinct from counts.context_age"
          + " and medians.relationship is not distinct from counts.relationship"
          + " and medians.channel is not distinct from counts.channel";

  static final int DAILY = 0b01;
  static final int WEEKLY = 0b10;

  private static final String SERIES_SETS = " group by grouping sets ((sent_day), (sent_week))";

  /** Per day and per week of sending: grouping, day, week, the counts, the median. */
  static final String SERIES =
      "with counts as (select grouping(sent_day, sent_week) as g, sent_day, sent_week, "
          + COUNTS
          + " from ("
          + INVITATIONS
          + ") x where sent_at is not null"
          + SERIES_SETS
          + "), medians as (select grouping(sent_day, sent_week) as g, sent_day, sent_week, "
          + MEDIAN
          + " from ("
          + ANSWERED
          + ") y"
          + SERIES_SETS
          + ") select counts.*, medians.median from counts left join medians"
          + " on medians.g = counts.g"
          + " and medians.sent_day is not distinct from counts.sent_day"
          + " and medians.sent_week is not distinct from counts.sent_week";
}
