package app.rapport.web;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.contact.Contact;
import app.rapport.contact.Contacts;
import app.rapport.contact.ContextHook;
import app.rapport.draft.DraftCheck;
import app.rapport.draft.Invitation;
import app.rapport.draft.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The guard run on text being edited, before it is saved: the same single-draft rules as on save,
 * on a copy of the draft, so typing never touches the stored invitation or its audit trail. The
 * check across drafts (BLAST) runs when the edit is saved.
 */
@ApplicationScoped
public class LiveCheck {

  static final int MAX_BODY = 10_000;

  private final Invitations invitations;
  private final Campaigns campaigns;
  private final Contacts contacts;
  private final DraftCheck check;

  public LiveCheck(
      Invitations invitations, Campaigns campaigns, Contacts contacts, DraftCheck check) {
    this.invitations = invitations;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.check = check;
  }

  @Transactional
  public Model check(long ownerId, long invitationId, String subject, String body) {
    Invitation stored = invitations.owned(ownerId, invitationId);
    if (body == null || body.isBlank()) {
      return Model.of("problem", "The text is empty.");
    }
    if (body.length() > MAX_BODY || (subject != null && subject.length() > 200)) {
      return Model.of("problem", "The text is too long to check.");
    }
    Campaign campaign = campaigns.owned(ownerId, stored.campaignId);
    Contact recipient = contacts.owned(ownerId, stored.recipientId);
    Contact person = contacts.owned(ownerId, stored.contactId);
    ContextHook hook =
        person.hooks.stream().filter(h -> h.id.equals(stored.hookId)).findFirst().orElse(null);
    Invitation copy = new Invitation();
    copy.ownerId = ownerId;
    copy.campaignId = stored.campaignId;
    copy.recipientId = stored.recipientId;
    copy.contactId = stored.contactId;
    copy.subject = subject == null || subject.isBlank() ? null : subject.strip();
    copy.body = body.strip();
    copy.createdAt = stored.createdAt;
    check.check(
        copy,
        campaign,
        recipient,
        hook,
        stored.contactId.equals(stored.recipientId) ? null : person);
    return MarkedText.of(copy.subject, copy.body, copy.findings);
  }
}
