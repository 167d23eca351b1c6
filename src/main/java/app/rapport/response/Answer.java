package app.rapport.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The current answer to one invitation: one row however often the recipient clicks. A change of
 * mind updates it and keeps the answer it replaced; the full history is the invitation's audit
 * trail.
 */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

  @Id
  @Column(name = "invitation_id")
  public Long invitationId;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "campaign_id")
  public Long campaignId;

  @Enumerated(EnumType.STRING)
  public AnswerChoice choice;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_choice")
  public AnswerChoice previousChoice;

  @Enumerated(EnumType.STRING)
  public AnswerSource source;

  public String note;

  @Column(name = "first_answered_at")
  public Instant firstAnsweredAt;

  @Column(name = "answered_at")
  public Instant answeredAt;

  public int changes;
}
