package app.rapport.guard;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.Relationship;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds drafts for tests, starting from an invitation that passes every rule: a peer, a recent
 * post, intent up front, value offered, a topic, 20 minutes and an easy out. Tests change only what
 * their rule looks at.
 */
final class SampleDraft {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final String TITLE = "Shipping small with feature flags";
  static final String VALUE = "the notes from 30 interviews we ran with small teams";
  static final String GOOD_BODY =
      """
      Hi Ana,

      I'm reaching out because your post “Shipping small with feature flags” answered a \
      question my team has argued about for months. In return, I can share the notes from 30 \
      interviews we ran with small teams on rollout practices.

      Would you have 20 minutes for a video call about feature flags in small teams? If the \
      timing isn't right, no worries at all.

      Best,
      Léa""";

  private String subject = "Your post on feature flags";
  private String body = GOOD_BODY;
  private Channel channel = Channel.EMAIL;
  private int maxLength = 0;
  private boolean strict = false;
  private Relationship relationship = Relationship.PEER;
  private List<String> contextSnippets = List.of(TITLE, "Acme Labs");
  private LocalDate contextDate = LocalDate.of(2026, 9, 14);
  private String intent = "compare rollout practices";
  private String topic = "feature flags in small teams";
  private String valueOffered = VALUE;
  private int minutesAsked = 20;
  private LocalDate lastInvitedOn = null;
  private String suppressionReason = null;

  static SampleDraft good() {
    return new SampleDraft();
  }

  SampleDraft subject(String subject) {
    this.subject = subject;
    return this;
  }

  SampleDraft body(String body) {
    this.body = body;
    return this;
  }

  SampleDraft linkedInNote(String body) {
    this.channel = Channel.MANUAL;
    this.maxLength = 300;
    this.subject = null;
    this.body = body;
    return this;
  }

  SampleDraft maxLength(int maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  SampleDraft strict() {
    this.strict = true;
    return this;
  }

  SampleDraft relationship(Relationship relationship) {
    this.relationship = relationship;
    return this;
  }

  SampleDraft context(String... snippets) {
    this.contextSnippets = List.of(snippets);
    return this;
  }

  SampleDraft contextDate(LocalDate contextDate) {
    this.contextDate = contextDate;
    return this;
  }

  SampleDraft intent(String intent) {
    this.intent = intent;
    return this;
  }

  SampleDraft topic(String topic) {
    this.topic = topic;
    return this;
  }

  SampleDraft valueOffered(String valueOffered) {
    this.valueOffered = valueOffered;
    return this;
  }

  SampleDraft lastInvitedOn(LocalDate lastInvitedOn) {
    this.lastInvitedOn = lastInvitedOn;
    return this;
  }

  SampleDraft suppressed(String reason) {
    this.suppressionReason = reason;
    return this;
  }

  DraftUnderReview build() {
    return new DraftUnderReview(
        subject,
        body,
        channel,
        maxLength,
        strict,
        relationship,
        contextSnippets,
        contextDate,
        intent,
        topic,
        valueOffered,
        minutesAsked,
        TODAY,
        lastInvitedOn,
        suppressionReason);
  }

  /** The text a finding's span points at. */
  static String spanned(DraftUnderReview draft, Finding finding) {
    return draft.text(finding.part()).substring(finding.start(), finding.end());
  }
}
