package app.rapport.web;

import app.rapport.campaign.CampaignView;
import app.rapport.contact.ContactView;
import app.rapport.contact.Contacts;
import app.rapport.draft.TemplateLibrary;
import app.rapport.draft.TemplatePreview;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The campaign page's live preview: which templates and people to choose from, and a template
 * rendered for one person with the guard's findings marked in the text. Nothing is saved.
 */
@ApplicationScoped
public class CampaignPreview {

  /** The people offered in the preview's choice: the newest ones. */
  static final int PEOPLE = 200;

  private final TemplateLibrary library;
  private final TemplatePreview preview;
  private final Contacts contacts;
  private final app.rapport.campaign.Campaigns campaigns;

  public CampaignPreview(
      TemplateLibrary library,
      TemplatePreview preview,
      Contacts contacts,
      app.rapport.campaign.Campaigns campaigns) {
    this.campaigns = campaigns;
    this.library = library;
    this.preview = preview;
    this.contacts = contacts;
  }

  /** The templates this campaign can send (its chosen ones, or all for its channel) and people. */
  Model choices(long ownerId, CampaignView campaign) {
    List<Model> templates =
        library.catalog(ownerId).all().stream()
            .filter(t -> t.supports(campaign.channel()))
            .filter(t -> campaign.templates().isEmpty() || campaign.templates().contains(t.name()))
            .map(CampaignPreview::template)
            .toList();
    List<Model> people =
        contacts.search(ownerId, null, null, null, PEOPLE).items().stream()
            .map(CampaignPreview::person)
            .toList();
    return Model.of("templates", templates)
        .with("people", people)
        .with("ready", !templates.isEmpty() && !people.isEmpty());
  }

  /** One template for one person; a template that cannot be rendered for them is said so. */
  Model render(long ownerId, long campaignId, String templateName, Long contactId) {
    campaigns.get(ownerId, campaignId); // another user's campaign: 404, whatever the form says
    if (templateName == null || templateName.isBlank() || contactId == null) {
      return Model.of("problem", "Choose a template and a person.");
    }
    try {
      TemplatePreview.Result result =
          preview.preview(ownerId, templateName.strip(), null, contactId, campaignId);
      return MarkedText.of(result.subject(), result.body(), result.findings())
          .with("templateName", result.templateName());
    } catch (ApiError.Invalid e) {
      return Model.of("problem", e.getMessage());
    }
  }

  private static Model template(TemplateDefinition t) {
    return Model.of("name", t.name()).with("description", t.description());
  }

  private static Model person(ContactView c) {
    String name = c.lastName() == null ? c.firstName() : c.firstName() + " " + c.lastName();
    String context =
        c.hooks().isEmpty() ? "no context" : FieldNames.of(c.hooks().getFirst().type());
    return Model.of("id", c.id()).with("label", name + " — " + context);
  }
}
