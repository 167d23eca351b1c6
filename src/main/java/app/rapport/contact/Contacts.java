package app.rapport.contact;

import app.rapport.platform.problem.ApiError;
import app.rapport.vocabulary.Relationship;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contacts one by one: read, search, create, update, delete. Every query is scoped to the owner.
 */
@ApplicationScoped
public class Contacts {

  private final EntityManager em;
  private final Clock clock;
  private final Suppressions suppressions;

  public Contacts(EntityManager em, Clock clock, Suppressions suppressions) {
    this.em = em;
    this.clock = clock;
    this.suppressions = suppressions;
  }

  /** One page of contacts, newest first, optionally matching a search text or a list. */
  public record Page(List<ContactView> items, Long nextAfter) {}

  @Transactional
  public ContactView get(long ownerId, long id) {
    Contact contact = owned(ownerId, id);
    return ContactView.of(contact, suppressions.of(contact).isPresent());
  }

  /**
   * The entity itself, for other features' services (drafting) that already own the transaction.
   */
  public Contact owned(long ownerId, long id) {
    return Contact.<Contact>find("id = ?1 and ownerId = ?2", id, ownerId)
        .firstResultOptional()
        .orElseThrow(() -> new ApiError.NotFound("Contact", id));
  }

  @Transactional
  public Page search(long ownerId, String text, Long listId, Long after, int limit) {
    StringBuilder query = new StringBuilder("ownerId = :owner");
    Parameters params = Parameters.with("owner", ownerId);
    if (text != null && !text.isBlank()) {
      query.append(
          " and (lower(firstName) like :q or lower(lastName) like :q or lower(email) like :q"
              + " or lower(company) like :q or lower(title) like :q)");
      params.and("q", "%" + text.strip().toLowerCase() + "%");
    }
    if (listId != null) {
      query.append(" and id in (select m.contactId from ListMember m where m.listId = :list)");
      params.and("list", listId);
    }
    if (after != null) {
      query.append(" and id < :after");
      params.and("after", after);
    }
    query.append(" order by id desc");
    List<Contact> found = Contact.<Contact>find(query.toString(), params).page(0, limit + 1).list();
    List<Contact> shown = found.subList(0, Math.min(limit, found.size()));
    Set<Long> suppressed = suppressions.suppressedAmong(ownerId, shown);
    List<ContactView> items = new ArrayList<>();
    for (Contact c : shown) {
      items.add(ContactView.of(c, suppressed.contains(c.id)));
    }
    Long next = found.size() > limit ? items.getLast().id() : null;
    return new Page(items, next);
  }

  @Transactional
  public ContactView create(long ownerId, ContactInput input) {
    String key = requireKey(input);
    if (Contact.count("ownerId = ?1 and dedupeKey = ?2", ownerId, key) > 0) {
      throw new ApiError.Conflict("A contact with this email or profile URL already exists.");
    }
    Contact contact = new Contact();
    contact.ownerId = ownerId;
    contact.createdAt = clock.instant();
    apply(contact, input, key);
    contact.persist();
    return ContactView.of(contact, suppressions.of(contact).isPresent());
  }

  @Transactional
  public ContactView update(long ownerId, long id, ContactInput input) {
    Contact contact = owned(ownerId, id);
    String key = requireKey(input);
    if (!key.equals(contact.dedupeKey)
        && Contact.count("ownerId = ?1 and dedupeKey = ?2", ownerId, key) > 0) {
      throw new ApiError.Conflict("Another contact already has this email or profile URL.");
    }
    apply(contact, input, key);
    return ContactView.of(contact, suppressions.of(contact).isPresent());
  }

  @Transactional
  public void delete(long ownerId, long id) {
    owned(ownerId, id).delete();
  }

  private void apply(Contact contact, ContactInput input, String key) {
    Instant now = clock.instant();
    contact.dedupeKey = key;
    contact.firstName = input.firstName().strip();
    contact.lastName = blankToNull(input.lastName());
    contact.email = blankToNull(input.email());
    contact.profileUrl = blankToNull(input.profileUrl());
    contact.company = blankToNull(input.company());
    contact.title = blankToNull(input.title());
    contact.timeZone = validZone(input.timeZone());
    contact.relationship =
        input.relationship() == null ? Relationship.UNKNOWN : input.relationship();
    contact.tags =
        input.tags() == null
            ? new String[0]
            : input.tags().stream().map(String::strip).toArray(String[]::new);
    contact.notes = blankToNull(input.notes());
    contact.updatedAt = now;
    // keep hooks that are still there (same key), so ids stay stable and the unique key holds
    java.util.Map<String, ContextHook> existing = new java.util.HashMap<>();
    contact.hooks.forEach(h -> existing.put(h.hookKey, h));
    List<ContextHook> kept = new ArrayList<>();
    if (input.hooks() != null) {
      for (ContactInput.HookInput h : input.hooks()) {
        String title = blankToNull(h.title());
        String url = blankToNull(h.url());
        String hookKey = ContextHook.keyOf(h.type(), title, url);
        if (kept.stream().anyMatch(k -> k.hookKey.equals(hookKey))) {
          continue;
        }
        ContextHook hook = existing.get(hookKey);
        if (hook == null) {
          hook = new ContextHook();
          hook.ownerId = contact.ownerId;
          hook.contact = contact;
          hook.type = h.type();
          hook.title = title;
          hook.url = url;
          hook.hookKey = hookKey;
          hook.createdAt = now;
        }
        hook.publishedOn = h.publishedOn();
        hook.note = blankToNull(h.note());
        kept.add(hook);
      }
    }
    contact.hooks.retainAll(kept);
    for (ContextHook hook : kept) {
      if (!contact.hooks.contains(hook)) {
        contact.hooks.add(hook);
      }
    }
  }

  private static String requireKey(ContactInput input) {
    String key = ContactKeys.dedupeKey(input.email(), input.profileUrl());
    if (key == null) {
      throw new ApiError.Invalid("A contact needs an email address or a profile URL.");
    }
    return key;
  }

  static String validZone(String zone) {
    if (zone == null || zone.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      throw new ApiError.Invalid(
          "Unknown time zone '" + zone + "': use an IANA name such as Europe/Berlin.");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
