package app.rapport.draft;

import app.rapport.campaign.Campaign;
import app.rapport.campaign.Campaigns;
import app.rapport.contact.Contact;
import app.rapport.contact.Contacts;
import app.rapport.contact.ContextHook;
import app.rapport.contact.Lists;
import app.rapport.contact.Suppressions;
import app.rapport.draft.lifecycle.InvitationState;
import app.rapport.draft.template.InvitationRenderer;
import app.rapport.draft.template.RenderedInvitation;
import app.rapport.draft.template.TemplateCatalog;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.draft.template.TemplateKind;
import app.rapport.platform.problem.ApiError;
import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drafts one invitation per person for a campaign: picks their freshest context hook that a
 * template can speak to, an A/B variant (evenly split), renders it, and has the guard check it.
 * Idempotent: drafting again never duplicates; {@code regenerate} re-renders untouched drafts.
 */
@ApplicationScoped
public class Drafting {

  private final Campaigns campaigns;
  private final Contacts contacts;
  private final Lists lists;
  private final TemplateLibrary library;
  private final DraftCheck check;
  private final AnswerLinks answerLinks;
  private final Transitions transitions;
  private final EntityManager em;
  private final Clock clock;
  private final InvitationRenderer renderer = new InvitationRenderer();
  private final int cooldownDays;

  private final Suppressions suppressions;

  public Drafting(
      Campaigns campaigns,
      Contacts contacts,
      Lists lists,
      TemplateLibrary library,
      DraftCheck check,
      AnswerLinks answerLinks,
      Transitions transitions,
      EntityManager em,
      Clock clock,
      Suppressions suppressions,
      @ConfigProperty(name = "rapport.guard.cooldown-days", defaultValue = "90") int cooldownDays) {
    this.suppressions = suppressions;
    this.cooldownDays = cooldownDays;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.lists = lists;
    this.library = library;
    this.check = check;
    this.answerLinks = answerLinks;
    this.transitions = transitions;
    this.em = em;
    this.clock = clock;
  }

  public record Request(Long listId, List<Long> contactIds, boolean regenerate) {}

  /** A person no invitation was drafted for, and why. */
  public record Skip(long contactId, String name, String reason) {}

  public record Report(
      int drafted, int regenerated, int unchanged, int blocked, List<Skip> skipped) {}

  @Transactional
  public Report draft(long ownerId, long campaignId, Request request, long actorId) {
    Campaign campaign = campaigns.owned(ownerId, campaignId);
    if (campaign.status == Campaign.Status.ARCHIVED) {
      throw new ApiError.Conflict("An archived campaign takes no new drafts.");
    }
    List<Contact> people = people(ownerId, request);
    TemplateCatalog catalog = library.catalog(ownerId);
    Map<Long, Invitation> existing = new HashMap<>();
    Invitation.<Invitation>list("campaignId", campaignId)
        .forEach(i -> existing.put(i.contactId, i));
    Map<String, Integer> usage = new HashMap<>();
    existing.values().forEach(i -> usage.merge(i.templateName, 1, Integer::sum));

    int drafted = 0;
    int regenerated = 0;
    int unchanged = 0;
    List<Skip> skipped = new ArrayList<>();
    String actor = "user:" + actorId;
    for (Contact person : people) {
      Invitation current = existing.get(person.id);
      boolean rerender =
          current != null
              && request.regenerate()
              && !current.edited
              && current.state == InvitationState.DRAFTED;
      if (current != null && !rerender) {
        unchanged++;
        continue;
      }
      Plan plan;
      try {
        plan = plan(ownerId, campaign, person, catalog, usage);
      } catch (SkipReason reason) {
        skipped.add(new Skip(person.id, person.fullName(), reason.getMessage()));
        continue;
      }
      Invitation invitation = current == null ? new Invitation() : current;
      if (current != null) {
        usage.merge(current.templateName, -1, Integer::sum);
      }
      usage.merge(plan.template().name(), 1, Integer::sum);
      invitation.recipientId = plan.recipient().id;
      invitation.hookId = plan.hook().id;
      invitation.contextType = plan.hook().type;
      invitation.templateName = plan.template().name();
      invitation.kind = plan.template().kind();
      invitation.updatedAt = clock.instant();
      if (current == null) {
        invitation.ownerId = ownerId;
        invitation.campaignId = campaignId;
        invitation.contactId = person.id;
        invitation.channel = campaign.channel;
        invitation.createdAt = clock.instant();
        invitation.body = "";
        invitation.state = InvitationState.DRAFTED;
        invitation.persist();
      }
      AnswerLinks.Links links =
          campaign.channel == Channel.EMAIL ? answerLinks.forInvitation(invitation.id) : null;
      RenderedInvitation rendered;
      try {
        rendered =
            renderer.render(
                plan.template(),
                DraftModel.of(plan.recipient(), plan.hook(), campaign, links, plan.introducee()));
      } catch (IllegalArgumentException e) {
        if (current == null) {
          invitation.delete();
        }
        skipped.add(
            new Skip(
                person.id,
                person.fullName(),
                "the template could not be rendered: " + e.getMessage()));
        continue;
      }
      invitation.subject = rendered.subject();
      invitation.body = rendered.body();
      check.check(invitation, campaign, plan.recipient(), plan.hook(), plan.introducee());
      if (current == null) {
        transitions.note(invitation, "DRAFT", actor, "template " + plan.template().name());
        drafted++;
      } else {
        transitions.note(invitation, "REGENERATE", actor, "template " + plan.template().name());
        regenerated++;
      }
    }
    em.flush();
    check.checkBlast(campaignId);
    long blocked =
        Invitation.count(
            "campaignId = ?1 and state = ?2 and blocked = true",
            campaignId,
            InvitationState.DRAFTED);
    return new Report(drafted, regenerated, unchanged, (int) blocked, skipped);
  }

  private List<Contact> people(long ownerId, Request request) {
    if (request.listId() != null) {
      lists.owned(ownerId, request.listId());
      return em.createQuery(
              "select c from Contact c where c.ownerId = :owner and c.id in"
                  + " (select m.contactId from ListMember m where m.listId = :list) order by c.id",
              Contact.class)
          .setParameter("owner", ownerId)
          .setParameter("list", request.listId())
          .getResultList();
    }
    if (request.contactIds() == null || request.contactIds().isEmpty()) {
      throw new ApiError.Invalid("Say whom to draft for: a listId or contactIds.");
    }
    return request.contactIds().stream().distinct().map(id -> contacts.owned(ownerId, id)).toList();
  }

  private record Plan(
      Contact recipient, ContextHook hook, TemplateDefinition template, Contact introducee) {}

  /** Why a person gets no draft; its message is shown to the user as is. */
  private static final class SkipReason extends RuntimeException {
    SkipReason(String message) {
      super(message, null, false, false);
    }
  }

  private Plan plan(
      long ownerId,
      Campaign campaign,
      Contact person,
      TemplateCatalog catalog,
      Map<String, Integer> usage) {
    if (isSuppressed(person)) {
      throw new SkipReason("suppressed: on your do-not-contact list");
    }
    Optional<Instant> lastSent = lastSentElsewhere(person.id, campaign.id);
    if (lastSent.isPresent()
        && lastSent.get().isAfter(clock.instant().minus(java.time.Duration.ofDays(cooldownDays)))) {
      throw new SkipReason("invited in the last " + cooldownDays + " days (by another campaign)");
    }
    List<ContextHook> hooks = new ArrayList<>(person.hooks);
    hooks.sort(
        Comparator.comparing(
                (ContextHook h) -> h.publishedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(h -> -h.id));
    for (ContextHook hook : hooks) {
      if (campaign.introductions && hook.type == ContextType.MUTUAL_CONNECTION) {
        Optional<Plan> intro = introduction(ownerId, campaign, person, hook, catalog, usage);
        if (intro.isPresent()) {
          return intro.get();
        }
      }
      List<TemplateDefinition> candidates =
          candidates(campaign, catalog, hook.type, TemplateKind.INVITATION);
      if (!candidates.isEmpty()) {
        requireAddress(campaign, person);
        return new Plan(person, hook, leastUsed(candidates, usage), null);
      }
    }
    throw new SkipReason(
        hooks.isEmpty()
            ? "no usable context: add what makes a message to them specific (a post, a talk, an article…)"
            : "no usable context: no template of this campaign fits their context for this channel");
  }

  /**
   * The warm path: ask the mutual connection, when they are one of your contacts, to introduce you.
   */
  private Optional<Plan> introduction(
      long ownerId,
      Campaign campaign,
      Contact person,
      ContextHook hook,
      TemplateCatalog catalog,
      Map<String, Integer> usage) {
    if (hook.title == null) {
      return Optional.empty();
    }
    List<TemplateDefinition> candidates =
        candidates(
            campaign, catalog, ContextType.MUTUAL_CONNECTION, TemplateKind.INTRODUCTION_REQUEST);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<Contact> connectors =
        em.createQuery(
                "select c from Contact c where c.ownerId = :owner and c.id <> :person"
                    + " and lower(concat(c.firstName, coalesce(concat(' ', c.lastName), ''))) = lower(:name)",
                Contact.class)
            .setParameter("owner", ownerId)
            .setParameter("person", person.id)
            .setParameter("name", hook.title.strip())
            .getResultList();
    for (Contact connector : connectors) {
      if (hasAddress(campaign, connector) && !isSuppressed(connector)) {
        return Optional.of(new Plan(connector, hook, leastUsed(candidates, usage), person));
      }
    }
    return Optional.empty();
  }

  private static List<TemplateDefinition> candidates(
      Campaign campaign, TemplateCatalog catalog, ContextType type, TemplateKind kind) {
    List<TemplateDefinition> all = catalog.forContext(type, campaign.channel, kind);
    if (campaign.templates.length == 0) {
      return all;
    }
    List<String> chosen = List.of(campaign.templates);
    return all.stream().filter(t -> chosen.contains(t.name())).toList();
  }

  /** A/B split: the variant used least so far in this campaign (ties: catalog order). */
  private static TemplateDefinition leastUsed(
      List<TemplateDefinition> candidates, Map<String, Integer> usage) {
    return candidates.stream()
        .min(Comparator.comparingInt(t -> usage.getOrDefault(t.name(), 0)))
        .orElseThrow();
  }

  private static void requireAddress(Campaign campaign, Contact person) {
    if (!hasAddress(campaign, person)) {
      throw new SkipReason(
          campaign.channel == Channel.EMAIL
              ? "no email address for an email campaign"
              : "no profile URL for a manual (LinkedIn) campaign");
    }
  }

  private static boolean hasAddress(Campaign campaign, Contact person) {
    return campaign.channel == Channel.EMAIL ? person.email != null : person.profileUrl != null;
  }

  private boolean isSuppressed(Contact person) {
    return suppressions.of(person).isPresent();
  }

  private Optional<Instant> lastSentElsewhere(long recipientId, long campaignId) {
    Instant last =
        em.createQuery(
                "select max(i.sentAt) from Invitation i where i.recipientId = :r and i.campaignId <> :c",
                Instant.class)
            .setParameter("r", recipientId)
            .setParameter("c", campaignId)
            .getSingleResult();
    return Optional.ofNullable(last);
  }
}
