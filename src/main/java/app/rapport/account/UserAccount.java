package app.rapport.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A person who signs in to Rapport; the owner of every list, campaign and invitation. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

  public enum Role {
    ADMIN,
    USER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String email;

  @Column(name = "display_name")
  public String displayName;

  @Column(name = "password_hash")
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "created_at")
  public Instant createdAt;

  public static Optional<UserAccount> findByEmail(String email) {
    return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
  }
}
