package app.rapport.draft.template;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the names a template uses to full model paths. Inside {@code {{#links}}} the name {@code
 * accept} means {@code links.accept}, as Mustache looks it up; a name that is no known path in any
 * enclosing section is refused with its line and, for a typo in case, the right spelling.
 */
final class TemplateVariables {

  private TemplateVariables() {}

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
