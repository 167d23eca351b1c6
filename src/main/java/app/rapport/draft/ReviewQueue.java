package app.rapport.draft;

import app.rapport.campaign.Campaigns;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.guard.RuleCode;
import app.rapport.guard.Severity;
import app.rapport.vocabulary.ContextType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue: invitations filtered by campaign, state, rule, severity and context type,
 * oldest first, in keyset pages ({@code id > after}), so page 1000 costs what page 1 costs.
 */
@ApplicationScoped
public class ReviewQueue {

  private final EntityManager em;
  private final Campaigns campaigns;

  public ReviewQueue(EntityManager em, Campaigns campaigns) {
    this.em = em;
    this.campaigns = campaigns;
  }

  public record Filter(
      Long campaignId,
      InvitationState state,
      RuleCode rule,
      Severity severity,
      ContextType contextType) {}

  public record Page(List<InvitationView> items, Long nextAfter, Map<String, Long> counts) {}

  @Transactional
  public Page page(long ownerId, Filter filter, Long after, int limit, boolean withCounts) {
    if (filter.campaignId() != null) {
      campaigns.owned(ownerId, filter.campaignId());
    }
    StringBuilder sql =
        new StringBuilder("select id from invitation where owner_id = :owner and id > :after");
    Map<String, Object> params = new HashMap<>();
    params.put("owner", ownerId);
    params.put("after", after == null ? 0L : after);
    if (filter.campaignId() != null) {
      sql.append(" and campaign_id = :campaign");
      params.put("campaign", filter.campaignId());
    }
    if (filter.state() != null) {
      sql.append(" and state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.rule() != null) {
      sql.append(" and finding_codes @> cast(array[:rule] as text[])");
      params.put("rule", filter.rule().name());
    }
    if (filter.severity() == Severity.BLOCK) {
      sql.append(" and blocked");
    } else if (filter.severity() == Severity.WARN) {
      sql.append(" and warnings > 0");
    }
    if (filter.contextType() != null) {
      sql.append(" and context_type = :type");
      params.put("type", filter.contextType().name());
    }
    sql.append(" order by id limit :limit");
    params.put("limit", limit + 1);
    Query query = em.createNativeQuery(sql.toString(), Long.class);
    params.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Long> ids = query.getResultList();
    boolean more = ids.size() > limit;
    List<Long> pageIds = more ? ids.subList(0, limit) : ids;
    List<InvitationView> items = new ArrayList<>();
    if (!pageIds.isEmpty()) {
      Invitation.<Invitation>list("id in ?1 order by id", pageIds)
          .forEach(i -> items.add(InvitationView.of(i)));
    }
    Map<String, Long> counts = withCounts ? counts(ownerId, filter.campaignId()) : Map.of();
    return new Page(items, more ? pageIds.getLast() : null, counts);
  }

  /** How many invitations are in each state (of one campaign, or all of the owner's). */
  public Map<String, Long> counts(long ownerId, Long campaignId) {
    String sql =
        "select state, count(*) from invitation where owner_id = :owner"
            + (campaignId == null ? "" : " and campaign_id = :campaign")
            + " group by state order by state";
    Query query = em.createNativeQuery(sql);
    query.setParameter("owner", ownerId);
    if (campaignId != null) {
      query.setParameter("campaign", campaignId);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      counts.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return counts;
  }
}
