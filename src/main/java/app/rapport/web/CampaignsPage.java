package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.campaign.Campaign;
import app.rapport.campaign.CampaignInput;
import app.rapport.campaign.CampaignView;
import app.rapport.campaign.Campaigns;
import app.rapport.campaign.PacingSettings;
import app.rapport.contact.Lists;
import app.rapport.draft.Drafting;
import app.rapport.draft.ReviewQueue;
import app.rapport.draft.TemplateLibrary;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.platform.problem.ApiError;
import io.quarkus.security.Authenticated;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Campaigns: the list, the form (intent, ask, minutes, topic, value offered, channel, templates,
 * pace, sender), and one campaign with drafting from a list, a live template preview and the switch
 * to start or pause sending.
 */
@Path("/campaigns")
@Authenticated
public class CampaignsPage {

  private final Campaigns campaigns;
  private final Lists lists;
  private final Drafting drafting;
  private final ReviewQueue queue;
  private final TemplateLibrary library;
  private final PacingSettings pacing;
  private final CampaignPreview preview;
  private final CurrentUser user;
  private final Pages pages;
  private final Validator validator;

  public CampaignsPage(
      Campaigns campaigns,
      Lists lists,
      Drafting drafting,
      ReviewQueue queue,
      TemplateLibrary library,
      PacingSettings pacing,
      CampaignPreview preview,
      CurrentUser user,
      Pages pages,
      Validator validator) {
    this.campaigns = campaigns;
    this.lists = lists;
    this.drafting = drafting;
    this.queue = queue;
    this.library = library;
    this.pacing = pacing;
    this.preview = preview;
    this.user = user;
    this.pages = pages;
    this.validator = validator;
  }

  @GET
  public Response all() {
    List<Model> rows =
        campaigns.all(user.id()).stream()
            .map(
                c ->
                    Model.of("id", c.id())
                        .with("name", c.name())
                        .with("channel", FieldNames.of(c.channel()))
                        .with("status", FieldNames.of(c.status()))
                        .with("dailyCap", c.dailyCap()))
            .toList();
    return pages.page(
        "campaigns",
        "Campaigns",
        Section.CAMPAIGNS,
        Model.of("campaigns", rows).with("hasCampaigns", !rows.isEmpty()));
  }

  @GET
  @Path("/new")
  public Response blank() {
    return form(200, CampaignForm.blank(pacing.defaultCap()), new FormErrors());
  }

  @POST
  public Response create(@BeanParam CampaignForm form) {
    FormErrors errors = new FormErrors();
    CampaignInput input = checked(form, errors);
    if (input != null) {
      try {
        CampaignView created = campaigns.create(user.id(), input);
        return Response.seeOther(URI.create("/campaigns/" + created.id())).build();
      } catch (ApiError.Invalid e) {
        errors.general(e.getMessage());
      }
    }
    return form(422, form, errors);
  }

  @GET
  @Path("/{id}")
  public Response one(@PathParam("id") long id, @QueryParam("saved") String saved) {
    CampaignView campaign = campaigns.get(user.id(), id);
    return campaignPage(
        200,
        campaign,
        CampaignForm.of(campaign),
        new FormErrors(),
        Model.of("saved", saved != null));
  }

  @POST
  @Path("/{id}")
  public Response update(@PathParam("id") long id, @BeanParam CampaignForm form) {
    CampaignView campaign = campaigns.get(user.id(), id);
    FormErrors errors = new FormErrors();
    CampaignInput input = checked(form, errors);
    if (input != null) {
      try {
        campaigns.update(user.id(), id, input);
        return Response.seeOther(URI.create("/campaigns/" + id + "?saved=1")).build();
      } catch (ApiError.Invalid | ApiError.Conflict e) {
        errors.general(e.getMessage());
      }
    }
    return campaignPage(422, campaign, form, errors, new Model());
  }

  @POST
  @Path("/{id}/start")
  public Response start(@PathParam("id") long id) {
    campaigns.start(user.id(), id);
    return Response.seeOther(URI.create("/campaigns/" + id)).build();
  }

  @POST
  @Path("/{id}/pause")
  public Response pause(@PathParam("id") long id) {
    campaigns.pause(user.id(), id, null);
    return Response.seeOther(URI.create("/campaigns/" + id)).build();
  }

  /** Drafts one invitation per person of a list, then says what happened. */
  @POST
  @Path("/{id}/drafts")
  public Response draft(@PathParam("id") long id, @RestForm String listId) {
    CampaignView campaign = campaigns.get(user.id(), id);
    Long list = parseId(listId);
    if (list == null) {
      return campaignPage(
          422,
          campaign,
          CampaignForm.of(campaign),
          new FormErrors(),
          Model.of("draftError", "Choose the list to draft for."));
    }
    lists.get(user.id(), list);
    Drafting.Report report =
        drafting.draft(user.id(), id, new Drafting.Request(list, null, false), user.id());
    List<Model> skipped =
        report.skipped().stream()
            .map(s -> Model.of("name", s.name()).with("reason", s.reason()))
            .toList();
    return pages.page(
        "drafting-report",
        "Drafts for " + campaign.name(),
        Section.CAMPAIGNS,
        Model.of("campaign", campaign)
            .with("report", report)
            .with("skipped", skipped)
            .with("hasSkipped", !skipped.isEmpty()));
  }

  /** The live preview: a template rendered for one contact, with the guard's findings. */
  @POST
  @Path("/{id}/preview")
  public Response preview(
      @PathParam("id") long id, @RestForm String templateName, @RestForm String contactId) {
    return pages.fragment(
        "fragments/template-preview",
        preview.render(user.id(), id, templateName, parseId(contactId)));
  }

  private CampaignInput checked(CampaignForm form, FormErrors errors) {
    CampaignInput input = form.input(errors);
    if (input == null) {
      return null;
    }
    FormErrors violations = FormErrors.of(validator.validate(input));
    if (!violations.isEmpty()) {
      violations.view().forEach((field, message) -> errors.add(field, message));
      return null;
    }
    return input;
  }

  private Response form(int status, CampaignForm form, FormErrors errors) {
    return pages.page(
        status,
        "campaign-new",
        "New campaign",
        Section.CAMPAIGNS,
        Model.of(
            "form",
            formModel(form, errors)
                .with("action", "/campaigns")
                .with("submit", "Create the campaign")));
  }

  private Response campaignPage(
      int status, CampaignView campaign, CampaignForm form, FormErrors errors, Model model) {
    Map<String, Long> counts = queue.counts(user.id(), campaign.id());
    model
        .with("campaign", campaign)
        .with("statusLabel", FieldNames.of(campaign.status()))
        .with("active", campaign.status() == Campaign.Status.ACTIVE)
        .with("archived", campaign.status() == Campaign.Status.ARCHIVED)
        .with("toReview", counts.getOrDefault("DRAFTED", 0L))
        .with("approved", counts.getOrDefault("APPROVED", 0L))
        .with("lists", lists.all(user.id()))
        .with("preview", preview.choices(user.id(), campaign))
        .with(
            "form",
            formModel(form, errors)
                .with("action", "/campaigns/" + campaign.id())
                .with("submit", "Save the changes"));
    return pages.page(status, "campaign", campaign.name(), Section.CAMPAIGNS, model);
  }

  private Model formModel(CampaignForm form, FormErrors errors) {
    List<Model> templates =
        library.catalog(user.id()).all().stream()
            .map(t -> templateChoice(t, form.chose(t.name())))
            .toList();
    return form.view()
        .with("templates", templates)
        .with("errors", errors.view())
        .with("ceiling", pacing.ceiling());
  }

  private static Model templateChoice(TemplateDefinition t, boolean chosen) {
    return Model.of("name", t.name())
        .with("description", t.description())
        .with("context", FieldNames.of(t.contextType()))
        .with("channels", String.join(" · ", t.channels().stream().map(FieldNames::of).toList()))
        .with("checked", chosen);
  }

  static Long parseId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
