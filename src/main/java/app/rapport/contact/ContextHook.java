package app.rapport.contact;

import app.rapport.vocabulary.ContextType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A real entry point to a person (seed 000): a post they wrote, a talk they gave, an organisation
 * you share, a mutual connection, news to congratulate them on — and what you found valuable.
 */
@Entity
@Table(name = "context_hook")
public class ContextHook extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  public Contact contact;

  @Enumerated(EnumType.STRING)
  public ContextType type;

  public String title;
  public String url;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  public String note;

  @Column(name = "hook_key")
  public String hookKey;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Same as the SQL import's key: one hook per (type, title, url) per contact. */
  public static String keyOf(ContextType type, String title, String url) {
    return ContactKeys.hash(
        type.name() + "|" + (title == null ? "" : title) + "|" + (url == null ? "" : url));
  }
}
