package app.rapport.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * An address never to contact again: opted out, declined for good, bounced, or added by hand. Kept
 * by hash of the normalised address, so it outlives the contact.
 */
@Entity
@Table(name = "suppression")
@IdClass(Suppression.Key.class)
public class Suppression extends PanacheEntityBase {

  public enum Reason {
    OPTED_OUT,
    DECLINED,
    BOUNCED,
    MANUAL
  }

  public record Key(Long ownerId, String addressHash) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "owner_id")
  public Long ownerId;

  @Id
  @Column(name = "address_hash")
  public String addressHash;

  /** The normalised email or profile URL, for the user to read. */
  public String address;

  @Enumerated(EnumType.STRING)
  public Reason reason;

  public String note;

  @Column(name = "created_at")
  public Instant createdAt;
}
