package app.rapport.contact;

import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Target lists and their members. */
@ApplicationScoped
public class Lists {

  private final EntityManager em;
  private final Clock clock;
  private final Contacts contacts;

  public Lists(EntityManager em, Clock clock, Contacts contacts) {
    this.em = em;
    this.clock = clock;
    this.contacts = contacts;
  }

  public record ListView(long id, String name, String basis, long size, Instant createdAt) {}

  @Transactional
  public List<ListView> all(long ownerId) {
    return em.createQuery(
            "select new app.rapport.contact.Lists$ListView(l.id, l.name, l.basis,"
                + " (select count(m) from ListMember m where m.listId = l.id), l.createdAt)"
                + " from ContactList l where l.ownerId = :owner order by l.id",
            ListView.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  @Transactional
  public ListView get(long ownerId, long id) {
    return view(owned(ownerId, id));
  }

  /** The list itself, for other features' services that already own the transaction. */
  public ContactList owned(long ownerId, long id) {
    return ContactList.<ContactList>find("id = ?1 and ownerId = ?2", id, ownerId)
        .firstResultOptional()
        .orElseThrow(() -> new ApiError.NotFound("List", id));
  }

  @Transactional
  public ListView create(long ownerId, String name, String basis) {
    requireFreeName(ownerId, name, null);
    ContactList list = new ContactList();
    list.ownerId = ownerId;
    list.name = name.strip();
    list.basis = basis == null || basis.isBlank() ? null : basis.strip();
    list.createdAt = clock.instant();
    list.persist();
    return view(list);
  }

  @Transactional
  public ListView update(long ownerId, long id, String name, String basis) {
    ContactList list = owned(ownerId, id);
    requireFreeName(ownerId, name, id);
    list.name = name.strip();
    list.basis = basis == null || basis.isBlank() ? null : basis.strip();
    return view(list);
  }

  /** Deletes the list and its memberships; the contacts stay (they may be on other lists). */
  @Transactional
  public void delete(long ownerId, long id) {
    owned(ownerId, id).delete();
  }

  @Transactional
  public ListView addMembers(long ownerId, long listId, List<Long> contactIds) {
    ContactList list = owned(ownerId, listId);
    Instant now = clock.instant();
    for (Long contactId : contactIds) {
      contacts.owned(ownerId, contactId);
      if (ListMember.findByIdOptional(new ListMember.Key(listId, contactId)).isEmpty()) {
        ListMember member = new ListMember();
        member.listId = listId;
        member.contactId = contactId;
        member.addedAt = now;
        member.persist();
      }
    }
    return view(list);
  }

  @Transactional
  public void removeMember(long ownerId, long listId, long contactId) {
    owned(ownerId, listId);
    contacts.owned(ownerId, contactId);
    if (!ListMember.deleteById(new ListMember.Key(listId, contactId))) {
      throw new ApiError.NotFound("Contact " + contactId + " on list", listId);
    }
  }

  private void requireFreeName(long ownerId, String name, Long except) {
    long clashes =
        except == null
            ? ContactList.count("ownerId = ?1 and lower(name) = lower(?2)", ownerId, name.strip())
            : ContactList.count(
                "ownerId = ?1 and lower(name) = lower(?2) and id <> ?3",
                ownerId,
                name.strip(),
                except);
    if (clashes > 0) {
      throw new ApiError.Conflict("You already have a list named '" + name.strip() + "'.");
    }
  }

  private ListView view(ContactList list) {
    long size = ListMember.count("listId", list.id);
    return new ListView(list.id, list.name, list.basis, size, list.createdAt);
  }
}
