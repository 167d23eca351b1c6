package app.rapport.draft;

import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.draft.template.TemplateKind;
import app.rapport.guard.Finding;
import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One invitation to one person in one campaign: the text the user approves is exactly the text that
 * is sent. Its state follows {@link app.rapport.draft.lifecycle.InvitationLifecycle}.
 */
@Entity
@Table(name = "invitation")
@org.hibernate.annotations.DynamicUpdate
public class Invitation extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "campaign_id")
  public Long campaignId;

  @Column(name = "contact_id")
  public Long contactId;

  @Column(name = "recipient_id")
  public Long recipientId;

  @Column(name = "hook_id")
  public Long hookId;

  @Enumerated(EnumType.STRING)
  @Column(name = "context_type")
  public ContextType contextType;

  @Column(name = "template_name")
  public String templateName;

  @Enumerated(EnumType.STRING)
  public TemplateKind kind;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  public String subject;
  public String body;

  /** The user changed the text: regenerating drafts keeps it. */
  public boolean edited;

  @Enumerated(EnumType.STRING)
  public InvitationState state = InvitationState.DRAFTED;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Finding> findings = new ArrayList<>();

  public boolean blocked;
  public int warnings;

  @Column(name = "finding_codes")
  public String[] findingCodes = new String[0];

  @Column(name = "override_reason")
  public String overrideReason;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "approved_by")
  public Long approvedBy;

  @Column(name = "sent_at")
  public Instant sentAt;

  // Dispatch: written with SQL by the dispatcher (claims, outcomes); read here.

  @Column(name = "message_id")
  public String messageId;

  @Column(name = "email_date")
  public Instant emailDate;

  @Column(name = "claim_token")
  public java.util.UUID claimToken;

  @Column(name = "claimed_at")
  public Instant claimedAt;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "quota_day")
  public java.time.LocalDate quotaDay;

  @Column(name = "queue_position")
  public Long queuePosition;

  @Version public int version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Stores the guard's verdict with the denormalised columns the review queue filters on. */
  public void setFindings(List<Finding> found) {
    findings = new ArrayList<>(found);
    blocked = found.stream().anyMatch(Finding::blocks);
    warnings = (int) found.stream().filter(f -> !f.blocks()).count();
    findingCodes =
        found.stream().map(f -> f.code().name()).distinct().sorted().toArray(String[]::new);
  }
}
