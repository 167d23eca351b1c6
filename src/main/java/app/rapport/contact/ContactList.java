package app.rapport.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A target list: people gathered for one purpose, with the basis for contacting them. */
@Entity
@Table(name = "contact_list")
public class ContactList extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  public String name;

  /** Why these people are being contacted (asked for by data-protection requests). */
  public String basis;

  @Column(name = "created_at")
  public Instant createdAt;
}
