package app.rapport.draft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A template a user uploaded: same format as the built-in ones in {@code templates/}. */
@Entity
@Table(name = "custom_template")
public class CustomTemplate extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  public String name;
  public String source;

  @Column(name = "created_at")
  public Instant createdAt;
}
