package app.rapport.draft;

import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationLifecycle;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.draft.template.TemplateKind;
import app.rapport.guard.Finding;
import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An invitation as the API shows it, with the guard's findings and what may happen next. */
public record InvitationView(
    long id,
    long campaignId,
    long contactId,
    long recipientId,
    ContextType contextType,
    String templateName,
    TemplateKind kind,
    Channel channel,
    String subject,
    String body,
    boolean edited,
    InvitationState state,
    List<Finding> findings,
    boolean blocked,
    int warnings,
    String overrideReason,
    Instant approvedAt,
    Instant sentAt,
    Set<InvitationEvent> allowedEvents,
    Instant createdAt,
    Instant updatedAt) {

  public static InvitationView of(Invitation i) {
    return new InvitationView(
        i.id,
        i.campaignId,
        i.contactId,
        i.recipientId,
        i.contextType,
        i.templateName,
        i.kind,
        i.channel,
        i.subject,
        i.body,
        i.edited,
        i.state,
        i.findings,
        i.blocked,
        i.warnings,
        i.overrideReason,
        i.approvedAt,
        i.sentAt,
        InvitationLifecycle.allowedEvents(i.state),
        i.createdAt,
        i.updatedAt);
  }
}
