package app.rapport.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A contact's place on a list (a contact can be on several lists). */
@Entity
@Table(name = "list_member")
@IdClass(ListMember.Key.class)
public class ListMember extends PanacheEntityBase {

  public record Key(Long listId, Long contactId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "list_id")
  public Long listId;

  @Id
  @Column(name = "contact_id")
  public Long contactId;

  @Column(name = "import_id")
  public Long importId;

  @Column(name = "added_at")
  public Instant addedAt;
}
