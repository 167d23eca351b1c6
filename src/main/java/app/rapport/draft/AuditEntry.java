package app.rapport.draft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an invitation's audit trail: who moved it from where to where, when and why. */
@Entity
@Table(name = "invitation_event")
public class AuditEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "invitation_id")
  public Long invitationId;

  @Column(name = "campaign_id")
  public Long campaignId;

  /** "user:42", "system:dispatch", "recipient". */
  public String actor;

  public String event;

  @Column(name = "from_state")
  public String fromState;

  @Column(name = "to_state")
  public String toState;

  public String reason;
  public Instant at;
}
