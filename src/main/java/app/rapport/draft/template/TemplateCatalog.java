package app.rapport.draft.template;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates a campaign can pick from, by name. The built-in ones ship in the jar under {@code
 * templates/}; since a jar's directories cannot be listed reliably, {@code templates/index.txt}
 * names them, one file per line.
 */
public final class TemplateCatalog {

  static final String FOLDER = "templates/";
  static final String INDEX = FOLDER + "index.txt";

  private static volatile TemplateCatalog builtIn;

  private final Map<String, TemplateDefinition> byName;

  private TemplateCatalog(Map<String, TemplateDefinition> byName) {
    this.byName = byName;
  }

  /**
   * The templates shipped with Rapport, read once from the classpath.
   *
   * @throws IllegalStateException if the index or a template is missing or broken: a build defect
   */
  public static TemplateCatalog builtIn() {
    TemplateCatalog catalog = builtIn;
    if (catalog == null) {
      synchronized (TemplateCatalog.class) {
        catalog = builtIn;
        if (catalog == null) {
          catalog = builtIn = load();
        }
      }
    }
    return catalog;
  }

  /** A catalog of the given templates, in the given order; names must be unique. */
  public static TemplateCatalog of(List<TemplateDefinition> templates) {
    Map<String, TemplateDefinition> byName = new LinkedHashMap<>();
    for (TemplateDefinition t : templates) {
      if (byName.putIfAbsent(t.name(), t) != null) {
        throw new IllegalArgumentException("two templates are named '" + t.name() + "'");
      }
    }
    return new TemplateCatalog(byName);
  }

  public Optional<TemplateDefinition> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The templates written for this context, channel and kind, in catalog order. */
  public List<TemplateDefinition> forContext(
      ContextType contextType, Channel channel, TemplateKind kind) {
    return byName.values().stream()
        .filter(t -> t.contextType() == contextType && t.supports(channel) && t.kind() == kind)
        .toList();
  }

  public List<TemplateDefinition> all() {
    return List.copyOf(byName.values());
  }

  private static TemplateCatalog load() {
    List<TemplateDefinition> templates = new ArrayList<>();
    for (String line : read(INDEX).split("\n")) {
      String file = line.strip();
      if (file.isEmpty() || file.startsWith("#")) {
        continue;
      }
      TemplateDefinition t;
      try {
        t = TemplateParser.parse(read(FOLDER + file), true);
      } catch (TemplateSyntaxError e) {
        throw new IllegalStateException("built-in template " + file + ", " + e.getMessage(), e);
      }
      if (!file.equals(t.name() + ".mustache")) {
        throw new IllegalStateException(file + " declares the name '" + t.name() + "'");
      }
      templates.add(t);
    }
    return of(templates);
  }

  private static String read(String resource) {
    ClassLoader loader = TemplateCatalog.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
