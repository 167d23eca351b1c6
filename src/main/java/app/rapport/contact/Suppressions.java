package app.rapport.contact;

import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

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
   * stays an opt-out even if a bounce comes later). A contact known by that address is suppressed
   * under its other address too (see {@link #suppressContact}).
   */
  @Transactional
  public SuppressionView add(long ownerId, String address, Suppression.Reason reason, String note) {
    String key = keyOf(address);
    Suppression entry =
        suppress(
            ownerId,
            key,
            reason == null ? Suppression.Reason.MANUAL : reason,
            note == null || note.isBlank() ? null : note.strip());
    for (Contact person : contactsKnownBy(ownerId, key)) {
      suppressOtherKeys(ownerId, person, key, entry.reason);
    }
    return SuppressionView.of(entry);
  }

  /**
   * Suppresses a contact, e.g. after an opt-out or a hard bounce: under its identity and under each
   * address it has (email and profile link), so the person stays suppressed when a later list
   * brings them back with only one of them.
   */
  @Transactional
  public void suppressContact(long ownerId, Contact contact, Suppression.Reason reason) {
    Suppression entry = suppress(ownerId, contact.dedupeKey, reason, null);
    suppressOtherKeys(ownerId, contact, contact.dedupeKey, entry.reason);
  }

  /** Every key a contact is known by: its identity, its email's and its profile link's. */
  static Set<String> keysOf(Contact contact) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(contact.dedupeKey);
    Stream.of(
            ContactKeys.dedupeKey(contact.email, null),
            ContactKeys.dedupeKey(null, contact.profileUrl))
        .filter(Objects::nonNull)
        .forEach(keys::add);
    return keys;
  }

  private void suppressOtherKeys(
      long ownerId, Contact person, String given, Suppression.Reason reason) {
    for (String other : keysOf(person)) {
      if (!other.equals(given)) {
        suppress(ownerId, other, reason, "the same person as " + given.substring(2));
      }
    }
  }

  /** Adds the key unless it is there (the first entry stays) and tells the other features. */
  private Suppression suppress(long ownerId, String key, Suppression.Reason reason, String note) {
    Suppression entry = Suppression.findById(new Suppression.Key(ownerId, ContactKeys.hash(key)));
    if (entry == null) {
      entry = new Suppression();
      entry.ownerId = ownerId;
      entry.addressHash = ContactKeys.hash(key);
      entry.address = key.substring(2);
      entry.reason = reason;
      entry.note = note;
      entry.createdAt = clock.instant();
      entry.persist();
    }
    suppressed.fire(new AddressSuppressed(ownerId, key, entry.reason));
    return entry;
  }

  /**
   * The owner's contacts a key names: the one whose identity it is, and for a profile link also
   * those known by email whose profile link is that one (found by the link's last segment, then
   * compared normalised).
   */
  private static List<Contact> contactsKnownBy(long ownerId, String key) {
    List<Contact> found =
        new ArrayList<>(Contact.<Contact>list("ownerId = ?1 and dedupeKey = ?2", ownerId, key));
    if (key.startsWith("u:")) {
      String profile = key.substring(2);
      String tail = profile.substring(profile.lastIndexOf('/') + 1);
      Contact.<Contact>list(
              "ownerId = ?1 and email is not null and lower(profileUrl) like ?2 escape '!'",
              ownerId,
              "%" + tail.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
          .stream()
          .filter(c -> profile.equals(ContactKeys.normaliseProfileUrl(c.profileUrl)))
          .forEach(found::add);
    }
    return found;
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
