package app.rapport.dispatch;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of dispatch, in SQL: reserve quota and claim an invitation (one transaction,
 * committed before anything is sent), settle an outcome (checked against the claim token), give
 * quota back, expire lost claims.
 */
@ApplicationScoped
public class Claims {

  private final AgroalDataSource dataSource;
  private final DispatchSettings settings;

  public Claims(AgroalDataSource dataSource, DispatchSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /** Why a claim did not happen: the tick moves on to the next campaign or owner. */
  enum Refusal {
    CAMPAIGN_QUOTA,
    SENDER_BUDGET,
    NOTHING_APPROVED
  }

  record Attempt(Optional<ClaimedInvitation> claimed, Refusal refusal) {}

  /**
   * In one transaction: reserve a unit of the campaign's day quota and of the sender's budget, lock
   * the next approved invitation and mark it SENDING with a fresh claim token and its fixed
   * Message-ID. If any step finds nothing, the transaction rolls back and nothing is used.
   */
  Attempt claim(
      long campaignId,
      long ownerId,
      LocalDate day,
      int dayCap,
      int allowed,
      boolean email,
      String messageDomain,
      Instant now) {
    try {
      return claimInTransaction(
          campaignId, ownerId, day, dayCap, allowed, email, messageDomain, now);
    } catch (Refused refused) {
      return new Attempt(Optional.empty(), refused.refusal);
    }
  }

  /** Rolls the claim transaction back (a reserved unit included) and says why. */
  private static final class Refused extends RuntimeException {
    private final Refusal refusal;

    Refused(Refusal refusal) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
    }
  }

  private Attempt claimInTransaction(
      long campaignId,
      long ownerId,
      LocalDate day,
      int dayCap,
      int allowed,
      boolean email,
      String messageDomain,
      Instant now) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection c = dataSource.getConnection()) {
                update(c, QuotaStatements.ENSURE_DAY, campaignId, day, dayCap);
                if (!returnsRow(c, QuotaStatements.RESERVE, campaignId, day, allowed)) {
                  return new Attempt(Optional.empty(), Refusal.CAMPAIGN_QUOTA);
                }
                LocalDate senderDay = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
                LocalDate weekStart = app.rapport.pacing.SenderWeek.weekStart(senderDay);
                update(c, QuotaStatements.ENSURE_SENDER_DAY, ownerId, senderDay);
                if (!returnsRow(
                    c,
                    QuotaStatements.RESERVE_SENDER,
                    ownerId,
                    senderDay,
                    settings.senderDailyCeiling(),
                    ownerId,
                    weekStart,
                    senderDay,
                    settings.senderWeeklyCeiling())) {
                  throw new Refused(Refusal.SENDER_BUDGET);
                }
                try (PreparedStatement next = c.prepareStatement(ClaimStatements.NEXT)) {
                  next.setLong(1, campaignId);
                  next.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
                  try (ResultSet row = next.executeQuery()) {
                    if (!row.next()) {
                      throw new Refused(Refusal.NOTHING_APPROVED);
                    }
                    long id = row.getLong("id");
                    String messageId = row.getString("message_id");
                    Timestamp emailDate = row.getTimestamp("email_date");
                    int attempts = row.getInt("attempts");
                    UUID token = UUID.randomUUID();
                    String newMessageId =
                        messageId != null
                            ? messageId
                            : "<" + UUID.randomUUID() + "@" + messageDomain + ">";
                    Instant date =
                        emailDate != null
                            ? emailDate.toInstant()
                            : now.truncatedTo(ChronoUnit.SECONDS);
                    Instant lease = email ? now.plus(settings.lease()) : null;
                    update(
                        c,
                        ClaimStatements.CLAIM,
                        token,
                        now,
                        lease,
                        newMessageId,
                        date,
                        day,
                        now,
                        id);
                    audit(
                        c,
                        ownerId,
                        id,
                        campaignId,
                        "system:dispatch",
                        "CLAIM",
                        "APPROVED",
                        "SENDING",
                        null,
                        now);
                    return new Attempt(
                        Optional.of(
                            new ClaimedInvitation(
                                id,
                                ownerId,
                                campaignId,
                                token,
                                newMessageId,
                                date,
                                day,
                                senderDay,
                                attempts + 1)),
                        null);
                  }
                }
              }
            });
  }

  /**
   * Records an outcome if the claim still stands. Returns the state written, or empty when the
   * claim was lost (then nothing is written).
   */
  Optional<String> settle(
      ClaimedInvitation claim,
      String state,
      String event,
      Instant sentAt,
      String error,
      Instant nextAttempt,
      boolean returnQuota,
      Instant now) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement settle = c.prepareStatement(ClaimStatements.SETTLE)) {
                bind(
                    settle, state, sentAt, error, nextAttempt, now, claim.id(), claim.claimToken());
                String from;
                try (ResultSet row = settle.executeQuery()) {
                  if (!row.next()) {
                    return Optional.<String>empty();
                  }
                  from = "SENDING";
                }
                if (returnQuota) {
                  update(c, QuotaStatements.RETURN, claim.campaignId(), claim.quotaDay());
                  update(c, QuotaStatements.RETURN_SENDER, claim.ownerId(), claim.senderDay());
                }
                audit(
                    c,
                    claim.ownerId(),
                    claim.id(),
                    claim.campaignId(),
                    "system:dispatch",
                    event,
                    from,
                    state,
                    error,
                    now);
                return Optional.of(state);
              }
            });
  }

  /** Turns claims whose lease ran out into UNKNOWN (never re-sent automatically). */
  int expireLeases(Instant now) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement expire = c.prepareStatement(ClaimStatements.EXPIRE_LEASES)) {
                bind(expire, now, now);
                List<long[]> expired = new ArrayList<>();
                try (ResultSet rows = expire.executeQuery()) {
                  while (rows.next()) {
                    expired.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                  }
                }
                for (long[] e : expired) {
                  audit(
                      c,
                      e[1],
                      e[0],
                      e[2],
                      "system:dispatch",
                      "LOSE",
                      "SENDING",
                      "UNKNOWN",
                      "lease expired",
                      now);
                }
                return expired.size();
              }
            });
  }

  /** Gives back the units a manual task took when the user skips it. */
  void returnQuota(long campaignId, LocalDate quotaDay, long ownerId, LocalDate senderDay) {
    try (Connection c = dataSource.getConnection()) {
      update(c, QuotaStatements.RETURN, campaignId, quotaDay);
      update(c, QuotaStatements.RETURN_SENDER, ownerId, senderDay);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Today's used units per campaign, for the ones asked about. */
  java.util.Map<Long, Integer> usedOn(List<Long> campaignIds, List<LocalDate> days) {
    java.util.Map<Long, Integer> used = new java.util.HashMap<>();
    if (campaignIds.isEmpty()) {
      return used;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select q.campaign_id, q.used from quota q join unnest(?, ?) as k(campaign_id, day)"
                    + " on q.campaign_id = k.campaign_id and q.day = k.day")) {
      query.setArray(1, c.createArrayOf("bigint", campaignIds.toArray()));
      query.setArray(2, c.createArrayOf("date", days.stream().map(Date::valueOf).toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          used.put(rows.getLong(1), rows.getInt(2));
        }
      }
      return used;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void audit(
      Connection c,
      long owner,
      long invitation,
      long campaign,
      String actor,
      String event,
      String from,
      String to,
      String reason,
      Instant at)
      throws SQLException {
    update(
        c, ClaimStatements.AUDIT, owner, invitation, campaign, actor, event, from, to, reason, at);
  }

  private static boolean returnsRow(Connection c, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, params);
      statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      int index = i + 1;
      switch (p) {
        case null -> statement.setNull(index, Types.NULL);
        case Instant instant ->
            statement.setObject(index, instant.atOffset(java.time.ZoneOffset.UTC));
        case LocalDate date -> statement.setObject(index, date);
        case UUID uuid -> statement.setObject(index, uuid);
        default -> statement.setObject(index, p);
      }
    }
  }
}
