package app.rapport.guard;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.Relationship;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the guard needs to judge one invitation: the rendered text, what the campaign meant it
 * to say, who it goes to and their history. Text fields that are null become empty, so rules never
 * have to guard against null text.
 *
 * @param subject the subject line, or null for channels without one (a LinkedIn note)
 * @param maxLength the channel's limit on the body in characters, 0 for none (300 for a LinkedIn
 *     connection note)
 * @param strict whether the campaign turns the five points and hard-sell warnings into blocks
 * @param contextSnippets the person-specific values the template could render (context title,
 *     context note, organisation, mutual connection's name); may be empty
 * @param contextDate when the context happened (the post, the talk), or null if unknown
 * @param intent the campaign's "why", as the user wrote it
 * @param topic the campaign's specific subject to discuss
 * @param valueOffered the campaign's "what's in it for them"
 * @param minutesAsked the length of the call asked for, in minutes
 * @param today the sender's current date, passed in so that the guard is deterministic
 * @param lastInvitedOn when this person was last invited, or null if never
 * @param suppressionReason why this person must not be contacted (opted out, declined, bounced), or
 *     null if they are not suppressed
 */
public record DraftUnderReview(
    String subject,
    String body,
    Channel channel,
    int maxLength,
    boolean strict,
    Relationship relationship,
    List<String> contextSnippets,
    LocalDate contextDate,
    String intent,
    String topic,
    String valueOffered,
    int minutesAsked,
    LocalDate today,
    LocalDate lastInvitedOn,
    String suppressionReason) {

  public DraftUnderReview {
    body = body == null ? "" : body;
    channel = channel == null ? Channel.EMAIL : channel;
    relationship = relationship == null ? Relationship.UNKNOWN : relationship;
    contextSnippets =
        contextSnippets == null
            ? List.of()
            : contextSnippets.stream().filter(Objects::nonNull).toList();
    intent = intent == null ? "" : intent;
    topic = topic == null ? "" : topic;
    valueOffered = valueOffered == null ? "" : valueOffered;
    Objects.requireNonNull(today, "today");
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must be 0 (none) or positive: " + maxLength);
    }
  }

  /** The text of the subject ("" when there is none) or of the body. */
  public String text(Part part) {
    return switch (part) {
      case SUBJECT -> subject == null ? "" : subject;
      case BODY -> body;
      case DRAFT -> "";
    };
  }
}
