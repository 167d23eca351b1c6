package app.rapport.replica;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the database says about one campaign's dispatch: the quota row, the invitations' states,
 * their stored Message-IDs and recipients, and their audit trail. The replicas' own word is never
 * taken for it.
 */
record CampaignLedger(ReplicaDatabase db, long campaign) {

  /** The quota row's {@code used} for a local day, 0 when there is none yet. */
  long quotaUsed(LocalDate day) {
    return db.count(
        "select coalesce(sum(used), 0) from quota where campaign_id = ? and day = ?",
        campaign,
        day);
  }

  long inState(String state) {
    return db.count(
        "select count(*) from invitation where campaign_id = ? and state = ?", campaign, state);
  }

  List<Long> idsInState(String state) {
    return db.longs(
        "select id from invitation where campaign_id = ? and state = ? order by id",
        campaign,
        state);
  }

  Set<String> messageIds(String state) {
    return new HashSet<>(
        db.strings(
            "select message_id from invitation where campaign_id = ? and state = ?",
            campaign,
            state));
  }

  /** Recipient addresses of the invitations in a state. */
  Set<String> recipients(String state) {
    return new HashSet<>(
        db.strings(
            "select c.email from invitation i join contact c on c.id = i.recipient_id"
                + " where i.campaign_id = ? and i.state = ?",
            campaign,
            state));
  }

  /** Recipient addresses of the given invitations. */
  Set<String> recipientsOf(List<Long> invitations) {
    return new HashSet<>(
        db.strings(
            "select c.email from invitation i join contact c on c.id = i.recipient_id"
                + " where i.campaign_id = ? and i.id = any(?)",
            campaign,
            invitations.toArray(Long[]::new)));
  }

  /** Invitations a surviving replica turned into UNKNOWN because their claim's lease ran out. */
  List<Long> lostByLease() {
    return db.longs(
        "select invitation_id from invitation_event where campaign_id = ? and event = 'LOSE'"
            + " and reason = 'lease expired' order by invitation_id",
        campaign);
  }

  /** True when nothing is in flight and the day's quota is used up to {@code cap}. */
  boolean settledAt(LocalDate day, int cap) {
    return inState("SENDING") == 0 && quotaUsed(day) == cap;
  }
}
