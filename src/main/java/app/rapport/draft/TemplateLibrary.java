package app.rapport.draft;

import app.rapport.campaign.TemplateNames;
import app.rapport.draft.template.TemplateCatalog;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.draft.template.TemplateParser;
import app.rapport.draft.template.TemplateSyntaxError;
import app.rapport.platform.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The templates a user can draft with: the built-in set plus the ones they uploaded. */
@ApplicationScoped
public class TemplateLibrary implements TemplateNames {

  private final TemplateCatalog builtIn = TemplateCatalog.builtIn();
  private final Clock clock;

  public TemplateLibrary(Clock clock) {
    this.clock = clock;
  }

  /** The owner's catalog: built-in templates first, then their own (names never clash). */
  @Transactional
  public TemplateCatalog catalog(long ownerId) {
    List<TemplateDefinition> all = new ArrayList<>(builtIn.all());
    for (CustomTemplate custom :
        CustomTemplate.<CustomTemplate>list("ownerId = ?1 order by id", ownerId)) {
      all.add(TemplateParser.parse(custom.source, false));
    }
    return TemplateCatalog.of(all);
  }

  @Transactional
  public Optional<TemplateDefinition> byName(long ownerId, String name) {
    return catalog(ownerId).byName(name);
  }

  /** Parses and stores a user's template; a broken one is refused with the line of the error. */
  @Transactional
  public TemplateDefinition add(long ownerId, String source) {
    TemplateDefinition parsed;
    try {
      parsed = TemplateParser.parse(source, false);
    } catch (TemplateSyntaxError e) {
      throw new ApiError.Invalid(
          "The template is broken: " + e.getMessage(), Map.of("line", e.line()));
    }
    if (builtIn.byName(parsed.name()).isPresent()
        || CustomTemplate.count("ownerId = ?1 and name = ?2", ownerId, parsed.name()) > 0) {
      throw new ApiError.Conflict(
          "A template named '" + parsed.name() + "' already exists; choose another name.");
    }
    CustomTemplate stored = new CustomTemplate();
    stored.ownerId = ownerId;
    stored.name = parsed.name();
    stored.source = source;
    stored.createdAt = clock.instant();
    stored.persist();
    return parsed;
  }

  @Transactional
  public void delete(long ownerId, String name) {
    if (CustomTemplate.delete("ownerId = ?1 and name = ?2", ownerId, name) == 0) {
      throw new ApiError.NotFound("Template", name);
    }
  }

  @Override
  @Transactional
  public List<String> unknown(long ownerId, List<String> names) {
    TemplateCatalog catalog = catalog(ownerId);
    return names.stream().filter(name -> catalog.byName(name).isEmpty()).toList();
  }
}
