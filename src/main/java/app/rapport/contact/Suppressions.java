package app.rapport.contact;

import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The owner's do-not-contact list; checked before every draft, every approval and every send.
 * Adding an address fires {@link AddressSuppressed}, so that what was drafted for that person
 * before is withdrawn in the same transaction.
 */
@ApplicationScoped
public class Suppressions {

  private final EntityManager em;
  private final Clock clock;
  private final Event<AddressSuppressed> suppressed;

  public Suppressions(EntityManager em, Clock clock, Event<AddressSuppressed> suppressed) {
    this.em = em;
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
    Set<String> others = new LinkedHashSet<>();
    contactsKnownBy(ownerId, key).forEach(person -> others.addAll(keysOf(person)));
    suppress(
        ownerId,
        key,
        reason == null ? Suppression.Reason.MANUAL : reason,
        note == null || note.isBlank() ? null : note.strip(),
        others);
    return SuppressionView.of(entry(ownerId, key));
  }

  /**
   * Suppresses a contact, e.g. after an opt-out or a hard bounce: under its identity and under each
   * address it has (email and profile link), so the person stays suppressed when a later list
   * brings them back with only one of them.
   */
  @Transactional
  public void suppressContact(long ownerId, Contact contact, Suppression.Reason reason) {
    suppress(ownerId, contact.dedupeKey, reason, null, keysOf(contact));
  }

  /**
   * The person's suppression under any key they are known by (identity, email, profile link), the
   * oldest first; empty when they are not suppressed. What contacts show and drafting, approval and
   * sending again check; the dispatcher's last check before a send reads the identity key in SQL
   * ({@code dispatch.ClaimStatements}).
   */
  @Transactional
  public Optional<Suppression> of(Contact person) {
    return Suppression.<Suppression>find(
            "ownerId = ?1 and addressHash in ?2 order by createdAt",
            person.ownerId,
            keysOf(person).stream().map(ContactKeys::hash).toList())
        .firstResultOptional();
  }

  /**
   * Refuses (409) to {@code action} ("This draft cannot be approved") when the contact is
   * suppressed under any address they are known by.
   */
  @Transactional
  public void requireNotSuppressed(long contactId, String action) {
    Contact person = Contact.findById(contactId);
    if (person != null && of(person).isPresent()) {
      throw new ApiError.Conflict(
          action
              + ": its recipient is on your suppression list (opted out, bounced or added by"
              + " you). Remove them from the list first if they asked to hear from you again.");
    }
  }

  /** The ids of those among {@code people} (one owner's) who are suppressed under any key. */
  @Transactional
  public Set<Long> suppressedAmong(long ownerId, List<Contact> people) {
    Map<String, List<Long>> byHash = new HashMap<>();
    people.forEach(
        person ->
            keysOf(person)
                .forEach(
                    key ->
                        byHash
                            .computeIfAbsent(ContactKeys.hash(key), h -> new ArrayList<>())
                            .add(person.id)));
    Set<Long> suppressed = new HashSet<>();
    List<String> hashes = List.copyOf(byHash.keySet());
    for (int from = 0; from < hashes.size(); from += 10_000) {
      Suppression.<Suppression>find(
              "ownerId = ?1 and addressHash in ?2",
              ownerId,
              hashes.subList(from, Math.min(hashes.size(), from + 10_000)))
          .stream()
          .forEach(entry -> suppressed.addAll(byHash.get(entry.addressHash)));
    }
    return suppressed;
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

  /**
   * Adds {@code key} and the person's {@code others}, each unless it is there (the first entry
   * stays), then tells the other features about each. The rows are written with ON CONFLICT in the
   * order of the table's key: two transactions suppressing one person at once (an opt-out and a
   * bounce, two opt-outs) neither fail on a duplicate nor deadlock.
   */
  private void suppress(
      long ownerId, String key, Suppression.Reason reason, String note, Set<String> others) {
    Map<String, String> notes = new TreeMap<>(Comparator.comparing(ContactKeys::hash));
    others.forEach(other -> notes.put(other, "the same person as " + key.substring(2)));
    notes.put(key, note);
    notes.forEach(
        (k, n) ->
            em.createNativeQuery(
                    "insert into suppression (owner_id, address_hash, address, reason, note,"
                        + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, ownerId)
                .setParameter(2, ContactKeys.hash(k))
                .setParameter(3, k.substring(2))
                .setParameter(4, reason.name())
                .setParameter(5, n)
                .setParameter(6, clock.instant())
                .executeUpdate());
    notes
        .keySet()
        .forEach(k -> suppressed.fire(new AddressSuppressed(ownerId, k, entry(ownerId, k).reason)));
  }

  private static Suppression entry(long ownerId, String key) {
    return Suppression.findById(new Suppression.Key(ownerId, ContactKeys.hash(key)));
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
