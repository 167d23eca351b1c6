package app.rapport.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The page templates under {@code src/main/resources/web/}: compiled once from the classpath and
 * cached by the factory. Every {@code {{value}}} is HTML-escaped (mustache-java's default), so a
 * template must never use {@code {{{ }}}} for anything a user typed.
 */
@ApplicationScoped
public class Views {

  private final MustacheFactory templates = new DefaultMustacheFactory("web");

  /** Renders {@code web/<name>.mustache} with the given model (a map, a record or a bean). */
  public String render(String name, Object model) {
    Mustache template = templates.compile(name + ".mustache");
    StringWriter out = new StringWriter();
    try {
      template.execute(out, model).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
