package app.rapport.draft;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.contact.Contact;
import app.rapport.contact.Contacts;
import app.rapport.contact.ContextHook;
import app.rapport.draft.template.InvitationRenderer;
import app.rapport.draft.template.RenderedInvitation;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.draft.template.TemplateParser;
import app.rapport.draft.template.TemplateSyntaxError;
import app.rapport.guard.Finding;
import app.rapport.platform.problem.ApiError;
import app.rapport.vocabulary.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders a template for one contact and campaign, with the guard's findings, saving nothing. */
@ApplicationScoped
public class TemplatePreview {

  private final TemplateLibrary library;
  private final Campaigns campaigns;
  private final Contacts contacts;
  private final DraftCheck check;
  private final AnswerLinks answerLinks;
  private final Clock clock;
  private final InvitationRenderer renderer = new InvitationRenderer();

  public TemplatePreview(
      TemplateLibrary library,
      Campaigns campaigns,
      Contacts contacts,
      DraftCheck check,
      AnswerLinks answerLinks,
      Clock clock) {
    this.library = library;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.check = check;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  public record Result(
      String templateName, String subject, String body, List<Finding> findings, boolean blocked) {}

  @Transactional
  public Result preview(
      long ownerId, String templateName, String source, long contactId, long campaignId) {
    Campaign campaign = campaigns.owned(ownerId, campaignId);
    Contact contact = contacts.owned(ownerId, contactId);
    TemplateDefinition template = template(ownerId, templateName, source);
    ContextHook hook =
        contact.hooks.stream()
            .filter(h -> h.type == template.contextType())
            .max(
                Comparator.comparing(
                    (ContextHook h) -> h.publishedOn,
                    Comparator.nullsFirst(Comparator.naturalOrder())))
            .or(() -> contact.hooks.stream().findFirst())
            .orElse(null);
    AnswerLinks.Links links = campaign.channel == Channel.EMAIL ? answerLinks.example() : null;
    RenderedInvitation rendered;
    try {
      rendered = renderer.render(template, DraftModel.of(contact, hook, campaign, links, null));
    } catch (IllegalArgumentException e) {
      throw new ApiError.Invalid(
          "The template could not be rendered for this contact: " + e.getMessage());
    }
    Invitation draft = new Invitation();
    draft.campaignId = campaignId;
    draft.subject = rendered.subject();
    draft.body = rendered.body();
    draft.createdAt = clock.instant();
    check.check(draft, campaign, contact, hook, null);
    return new Result(template.name(), draft.subject, draft.body, draft.findings, draft.blocked);
  }

  private TemplateDefinition template(long ownerId, String name, String source) {
    if (source != null && !source.isBlank()) {
      try {
        return TemplateParser.parse(source, false);
      } catch (TemplateSyntaxError e) {
        throw new ApiError.Invalid(
            "The template is broken: " + e.getMessage(), Map.of("line", e.line()));
      }
    }
    if (name == null) {
      throw new ApiError.Invalid("Give a templateName or a template source.");
    }
    return library.byName(ownerId, name).orElseThrow(() -> new ApiError.NotFound("Template", name));
  }
}
