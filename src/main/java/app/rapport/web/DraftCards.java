package app.rapport.web;

import app.rapport.contact.ContactView;
import app.rapport.contact.Contacts;
import app.rapport.draft.InvitationView;
import app.rapport.draft.lifecycle.InvitationEvent;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.draft.template.TemplateKind;
import app.rapport.vocabulary.Channel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One draft as the review queue shows it: who it goes to, its text with the findings marked, and
 * the decisions open to it now (a draft with a BLOCK cannot be approved; one with warnings needs a
 * reason, which is recorded).
 */
@ApplicationScoped
public class DraftCards {

  private final Contacts contacts;

  public DraftCards(Contacts contacts) {
    this.contacts = contacts;
  }

  Model card(long ownerId, InvitationView draft) {
    ContactView recipient = contacts.get(ownerId, draft.recipientId());
    Model card =
        Model.of("id", draft.id())
            .with("campaignId", draft.campaignId())
            .with("to", name(recipient))
            .with(
                "address",
                draft.channel() == Channel.EMAIL ? recipient.email() : recipient.profileUrl())
            .with("templateName", draft.templateName())
            .with(
                "context", draft.contextType() == null ? null : FieldNames.of(draft.contextType()))
            .with("state", FieldNames.of(draft.state()))
            .with("stateClass", stateClass(draft.state()))
            .with("edited", draft.edited())
            .with("overrideReason", draft.overrideReason())
            .with("isEmail", draft.channel() == Channel.EMAIL)
            .with("subjectRaw", draft.subject())
            .with("bodyRaw", draft.body())
            .with("text", MarkedText.of(draft.subject(), draft.body(), draft.findings()));
    if (draft.kind() == TemplateKind.INTRODUCTION_REQUEST) {
      card.with("about", name(contacts.get(ownerId, draft.contactId())));
    }
    boolean drafted = draft.state() == InvitationState.DRAFTED;
    card.with("canApprove", drafted && !draft.blocked())
        .with("needsReason", drafted && !draft.blocked() && draft.warnings() > 0)
        .with("approveBlocked", drafted && draft.blocked())
        .with(
            "canReject",
            draft.state() != InvitationState.REJECTED
                && draft.allowedEvents().contains(InvitationEvent.REJECT))
        .with("canEdit", draft.allowedEvents().contains(InvitationEvent.EDIT));
    return card;
  }

  private static String name(ContactView c) {
    return c.lastName() == null ? c.firstName() : c.firstName() + " " + c.lastName();
  }

  private static String stateClass(InvitationState state) {
    return switch (state) {
      case APPROVED, SENT, ACCEPTED, MET -> "ok";
      case REJECTED, FAILED, BOUNCED, OPTED_OUT -> "block";
      default -> "";
    };
  }
}
