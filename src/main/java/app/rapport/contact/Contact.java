package app.rapport.contact;

import app.rapport.vocabulary.Relationship;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person to reach, with what makes a message to them specific (their context hooks). */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "dedupe_key")
  public String dedupeKey;

  @Column(name = "first_name")
  public String firstName;

  @Column(name = "last_name")
  public String lastName;

  public String email;

  @Column(name = "profile_url")
  public String profileUrl;

  public String company;
  public String title;

  @Column(name = "time_zone")
  public String timeZone;

  @Enumerated(EnumType.STRING)
  public Relationship relationship = Relationship.UNKNOWN;

  public String[] tags = new String[0];

  public String notes;

  @Column(name = "source_import_id")
  public Long sourceImportId;

  @Column(name = "source_file")
  public String sourceFile;

  @Column(name = "source_line")
  public Integer sourceLine;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<ContextHook> hooks = new ArrayList<>();

  public String fullName() {
    return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
  }
}
