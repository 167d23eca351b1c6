package app.rapport.draft.template;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model paths a template uses, e.g. to tell whether its body renders any of the contact's
 * context ({@code hook.*}), which the guard requires. Names are resolved to full model paths.
 * Inside {@code {{#links}}} the name {@code accept} means {@code links.accept}, as Mustache looks
 * it up; a name that is no known path in any enclosing section is refused with its line and, for a
 * typo in case, the right spelling.
 */
public final class TemplateVariables {

  private TemplateVariables() {}

  /**
   * The paths a template's subject and body use, values and sections alike, with names inside
   * sections resolved ({@code {{#links}}{{accept}}} gives {@code links} and {@code links.accept}).
   */
  public static Set<String> variablesUsed(TemplateDefinition template) {
    Set<String> used = new TreeSet<>();
    if (template.subject() != null) {
      collect(TemplateTag.scan(template.subject(), 1), used);
    }
    collect(TemplateTag.scan(template.body(), 1), used);
    return Collections.unmodifiableSet(used);
  }

  /** The paths the body alone uses: what the recipient reads as the message. */
  public static Set<String> variablesUsedInBody(TemplateDefinition template) {
    Set<String> used = new TreeSet<>();
    collect(TemplateTag.scan(template.body(), 1), used);
    return Collections.unmodifiableSet(used);
  }

  /** Adds the full path of every value and section in {@code tags} to {@code used}. */
  static void collect(List<TemplateTag> tags, Set<String> used) {
    Deque<String> sections = new ArrayDeque<>();
    for (TemplateTag tag : tags) {
      switch (tag.kind()) {
        case '#', '^' -> {
          String path = resolve(tag, sections);
          used.add(path);
          sections.push(path);
        }
        case '/' -> {
          if (!sections.isEmpty()) {
            sections.pop();
          }
        }
        case TemplateTag.VALUE -> used.add(resolve(tag, sections));
        default -> {}
      }
    }
  }

  private static String resolve(TemplateTag tag, Deque<String> sections) {
    String name = tag.name();
    if (name.equals(".")) {
      if (sections.isEmpty()) {
        throw new TemplateSyntaxError(tag.line(), "{{.}} can only be used inside a section");
      }
      return sections.peek();
    }
    if (ModelPaths.isKnown(name)) {
      return name;
    }
    for (String section : sections) {
      if (ModelPaths.isKnown(section + "." + name)) {
        return section + "." + name;
      }
    }
    Optional<String> closest = ModelPaths.closest(name);
    throw new TemplateSyntaxError(
        tag.line(),
        "unknown name {{"
            + name
            + "}}"
            + closest.map(c -> "; did you mean {{" + c + "}}?").orElse("")
            + " (see the list of names in templates/README.md)");
  }
}
