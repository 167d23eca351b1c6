package app.rapport.contact;

import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The owner's do-not-contact list; checked before every draft, every approval and every send.
 * Adding an address fires {@link AddressSuppressed}, so that what was drafted for that person
 * before is withdrawn in the same transaction.
 */
@ApplicationScoped
public class Suppressions {

  /**
   * SQL: true when the contact whose id is the {@code %s} expression is suppressed (its dedupe key
   * hashed as {@link ContactKeys#hash} does). For a {@code where} clause or a select list.
   */
  public static final String CONTACT_IS_SUPPRESSED =
      "exists (select 1 from contact sc join suppression ss on ss.owner_id = sc.owner_id"
          + " and ss.address_hash = encode(sha256(convert_to(sc.dedupe_key, 'UTF8')), 'hex')"
          + " where sc.id = %s)";

  private final Clock clock;
  private final Event<AddressSuppressed> suppressed;

  public Suppressions(Clock clock, Event<AddressSuppressed> suppressed) {
    this.clock = clock;
    this.suppressed = suppressed;
  }

  public record SuppressionView(
      String id, String address, Suppression.Reason reason, String note, Instant createdAt) {
    static SuppressionView of(Suppression s) {
      return new SuppressionView(s.addressHash, s.address, s.reason, s.note, s.createdAt);
    }
  }

  @Transactional
  public List<SuppressionView> all(long ownerId) {
    return Suppression.<Suppression>list("ownerId = ?1 order by createdAt desc", ownerId).stream()
        .map(SuppressionView::of)
        .toList();
  }

  /**
   * Suppresses an email or profile URL. Adding an address twice keeps the first entry (an opt-out
   * stays an opt-out even if a bounce comes later).
   */
  @Transactional
  public SuppressionView add(long ownerId, String address, Suppression.Reason reason, String note) {
    String key = keyOf(address);
    String hash = ContactKeys.hash(key);
    Suppression existing = Suppression.findById(new Suppression.Key(ownerId, hash));
    if (existing != null) {
      suppressed.fire(new AddressSuppressed(ownerId, key, existing.reason));
      return SuppressionView.of(existing);
    }
    Suppression s = new Suppression();
    s.ownerId = ownerId;
    s.addressHash = hash;
    s.address = key.substring(2);
    s.reason = reason == null ? Suppression.Reason.MANUAL : reason;
    s.note = note == null || note.isBlank() ? null : note.strip();
    s.createdAt = clock.instant();
    s.persist();
    suppressed.fire(new AddressSuppressed(ownerId, key, s.reason));
    return SuppressionView.of(s);
  }

  /** Suppresses the address of a contact, e.g. after an opt-out or a hard bounce. */
  @Transactional
  public void suppressContact(long ownerId, Contact contact, Suppression.Reason reason) {
    Suppression existing =
        Suppression.findById(new Suppression.Key(ownerId, ContactKeys.hash(contact.dedupeKey)));
    if (existing == null) {
      Suppression s = new Suppression();
      s.ownerId = ownerId;
      s.addressHash = ContactKeys.hash(contact.dedupeKey);
      s.address = contact.dedupeKey.substring(2);
      s.reason = reason;
      s.createdAt = clock.instant();
      s.persist();
    }
    suppressed.fire(
        new AddressSuppressed(
            ownerId, contact.dedupeKey, existing == null ? reason : existing.reason));
  }

  @Transactional
  public void remove(long ownerId, String id) {
    if (!Suppression.deleteById(new Suppression.Key(ownerId, id))) {
      throw new ApiError.NotFound("Suppression", id);
    }
  }

  @Transactional
  public boolean isSuppressed(long ownerId, String dedupeKey) {
    return Suppression.count(
            "ownerId = ?1 and addressHash = ?2", ownerId, ContactKeys.hash(dedupeKey))
        > 0;
  }

  private static String keyOf(String address) {
    String text = address == null ? "" : address.strip();
    String key =
        text.contains("@") && !text.contains("/")
            ? ContactKeys.dedupeKey(text, null)
            : ContactKeys.dedupeKey(null, text);
    if (key == null) {
      throw new ApiError.Invalid("Give an email address or a profile URL to suppress.");
    }
    return key;
  }
}
