package app.rapport.dispatch;

/** The SQL that claims an invitation and records what became of it. */
final class ClaimStatements {

  private ClaimStatements() {}

  /**
   * The next invitation of a campaign: the user's order first, then oldest approval. SKIP LOCKED
   * lets replicas claim different rows instead of queueing on the same one. The partial index
   * {@code invitation_send_queue} holds only approved rows, so this stays one index probe however
   * long the history grows. A recipient on the suppression list is never claimed: suppressing an
   * address withdraws its approvals ({@code draft.SuppressedRecipients}), and this check covers one
   * approved while the suppression was being written; the address hash is {@code ContactKeys.hash}
   * of the identity key. Parameters: campaign, now.
   */
  static final String NEXT =
      """
      select id, owner_id, message_id, email_date, attempts from invitation
      where campaign_id = ? and state = 'APPROVED'
        and (next_attempt_at is null or next_attempt_at <= ?)
        and not exists (select 1 from contact sc join suppression ss on ss.owner_id = sc.owner_id
                          and ss.address_hash = encode(sha256(convert_to(sc.dedupe_key, 'UTF8')), 'hex')
                        where sc.id = invitation.recipient_id)
      order by queue_position nulls last, approved_at, id
      limit 1
      for update skip locked
      """;

  /**
   * Marks it SENDING with the claim token and, once and for all, its Message-ID and Date.
   * Parameters: token, now, lease until (null for manual tasks), message id, email date, quota day,
   * now, id.
   */
  static final String CLAIM =
      """
      update invitation set state = 'SENDING', claim_token = ?, claimed_at = ?, lease_until = ?,
             message_id = coalesce(message_id, ?), email_date = coalesce(email_date, ?),
             quota_day = ?, attempts = attempts + 1, next_attempt_at = null, updated_at = ?,
             version = version + 1
      where id = ? and state = 'APPROVED'
      """;

  /**
   * Records an outcome only if this replica's claim still stands (a lease that ran out was turned
   * into UNKNOWN by another replica; a late "delivered" may still settle it). Parameters: new
   * state, sent at, last error, next attempt, now, id, token.
   */
  static final String SETTLE =
      """
      update invitation set state = ?, sent_at = coalesce(?, sent_at), last_error = ?, next_attempt_at = ?,
             lease_until = null, updated_at = ?, version = version + 1
      where id = ? and claim_token = ? and state in ('SENDING', 'UNKNOWN')
      returning state
      """;

  /**
   * Claims whose lease ran out: a replica died between claim and record. The outcome is unknown, so
   * they are never re-sent automatically. Parameters: now, now.
   */
  static final String EXPIRE_LEASES =
      """
      update invitation set state = 'UNKNOWN', lease_until = null, updated_at = ?, version = version + 1,
             last_error = 'the sending replica stopped before recording the outcome'
      where state = 'SENDING' and lease_until < ?
      returning id, owner_id, campaign_id
      """;

  /** Parameters: owner, invitation, campaign, actor, event, from, to, reason, at. */
  static final String AUDIT =
      """
      insert into invitation_event (owner_id, invitation_id, campaign_id, actor, event, from_state, to_state, reason, at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;
}
