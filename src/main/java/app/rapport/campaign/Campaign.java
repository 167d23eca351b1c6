package app.rapport.campaign;

import app.rapport.vocabulary.Channel;
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
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/**
 * Why and how a user reaches out to a group of people: the intent, the ask, what is in it for them
 * (seed 001's five points), the templates, and the pace.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

  public enum Status {
    DRAFT,
    ACTIVE,
    PAUSED,
    ARCHIVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id")
  public Long ownerId;

  public String name;
  public String intent;
  public String ask;
  public int minutes;
  public String topic;

  @Column(name = "value_offered")
  public String valueOffered;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  public String[] templates = new String[0];
  public boolean strict;
  public boolean introductions;

  @Column(name = "sender_name")
  public String senderName;

  @Column(name = "sender_email")
  public String senderEmail;

  @Column(name = "reply_to")
  public String replyTo;

  public String signature;

  @Column(name = "booking_url")
  public String bookingUrl;

  @Enumerated(EnumType.STRING)
  public Status status = Status.DRAFT;

  @Column(name = "daily_cap")
  public int dailyCap = 30;

  // Wall-clock times in the campaign's zone, bound as they are: Hibernate's default TIME binding
  // shifts them through the JVM's zone and the JDBC zone (UTC), so replicas (or a restart) with
  // another JVM zone would read another window.
  @Column(name = "window_start")
  @JdbcType(LocalTimeJdbcType.class)
  public LocalTime windowStart = LocalTime.of(9, 0);

  @Column(name = "window_end")
  @JdbcType(LocalTimeJdbcType.class)
  public LocalTime windowEnd = LocalTime.of(17, 0);

  @Column(name = "time_zone")
  public String timeZone = "UTC";

  @Column(name = "send_days")
  public String[] sendDays = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};

  @Column(name = "ramp_start")
  public int rampStart;

  @Column(name = "ramp_step")
  public int rampStep;

  @Column(name = "first_day")
  public LocalDate firstDay;

  @Column(name = "paused_reason")
  public String pausedReason;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** A LinkedIn connection note holds 300 characters; email has no hard limit. */
  public int maxLength() {
    return channel == Channel.MANUAL ? 300 : 0;
  }
}
