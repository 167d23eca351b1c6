package app.rapport.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/**
 * Test-only stand-in for dispatch: puts invitations in a state (SENT with {@code sent_at} and a
 * Message-ID, or BOUNCED) straight in the database, so answer tests do not depend on sending.
 */
public final class Sending {

  private Sending() {}

  /**
   * Pauses every active campaign of every tenant, so that a test's started campaigns do not send in
   * the next test's ticks (all tests share one database).
   */
  public static void pauseEveryActiveCampaign(EntityManager em) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update campaign set status = 'PAUSED' where status = 'ACTIVE'")
                    .executeUpdate());
  }

  /** Marks the invitation SENT at {@code at}, with Message-ID {@code <inv-ID@rapport.test>}. */
  public static void markSent(EntityManager em, long invitationId, Instant at) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update invitation set state = 'SENT', sent_at = ?2, claimed_at = ?2,"
                            + " message_id = ?3, updated_at = ?2 where id = ?1")
                    .setParameter(1, invitationId)
                    .setParameter(2, at)
                    .setParameter(3, messageId(invitationId))
                    .executeUpdate());
  }

  public static void markSent(EntityManager em, List<Long> ids, Instant at) {
    ids.forEach(id -> markSent(em, id, at));
  }

  /** Marks the invitation BOUNCED at the door (no sent_at), as a 550 at send time does. */
  public static void markBouncedAtSend(EntityManager em, long invitationId, Instant at) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update invitation set state = 'BOUNCED', claimed_at = ?2, updated_at = ?2"
                            + " where id = ?1")
                    .setParameter(1, invitationId)
                    .setParameter(2, at)
                    .executeUpdate());
  }

  /** Puts the invitation in {@code state}, keeping its sent_at (e.g. BOUNCED by a later report). */
  public static void setState(EntityManager em, long invitationId, String state) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update invitation set state = ?2 where id = ?1")
                    .setParameter(1, invitationId)
                    .setParameter(2, state)
                    .executeUpdate());
  }

  /** Dates the send {@code seconds} before the invitation's first answer, to the microsecond. */
  public static void sentBeforeAnswer(EntityManager em, long invitationId, long seconds) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update invitation set sent_at = (select first_answered_at from answer"
                            + " where invitation_id = ?1) - make_interval(secs => ?2)"
                            + " where id = ?1")
                    .setParameter(1, invitationId)
                    .setParameter(2, seconds)
                    .executeUpdate());
  }

  public static String messageId(long invitationId) {
    return "<inv-" + invitationId + "@rapport.test>";
  }

  /** Runs one SQL statement that writes, in its own transaction. */
  public static void update(EntityManager em, String sql, Object... params) {
    QuarkusTransaction.requiringNew().run(() -> bound(em, sql, params).executeUpdate());
  }

  /** A single number from SQL, e.g. a count. */
  public static long number(EntityManager em, String sql, Object... params) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = bound(em, sql, params);
              Object value = query.getSingleResult();
              return value == null ? -1 : ((Number) value).longValue();
            });
  }

  /** A single text value from SQL. */
  public static String text(EntityManager em, String sql, Object... params) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = bound(em, sql, params);
              List<?> rows = query.getResultList();
              return rows.isEmpty() || rows.getFirst() == null ? null : rows.getFirst().toString();
            });
  }

  /** Many people for a campaign: CSV with {@code count} peers, each with a dated blog post. */
  public static String people(String prefix, int count) {
    StringBuilder csv =
        new StringBuilder(
            "First Name,Last Name,Email,Company,Position,Relationship,Context Type,Context Title,"
                + "Context URL,Context Date,Context Note\n");
    for (int i = 1; i <= count; i++) {
      csv.append("Person")
          .append(i)
          .append(",Tester,")
          .append(prefix)
          .append(i)
          .append("@example.com,Co,Engineer,peer,blog post,Post number ")
          .append(i)
          .append(",https://blog.example/")
          .append(prefix)
          .append(i)
          .append(",2026-10-01,the part on queues\n");
    }
    return csv.toString();
  }

  private static Query bound(EntityManager em, String sql, Object... params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query;
  }
}
