package app.rapport.draft.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustache for plain text: values are written exactly as given (a LinkedIn note or a text email has
 * no HTML to protect, and {@code &amp;} in a name would be a bug), and values are looked up in maps
 * only, never through getters or reflection, so a template can reach nothing but the model.
 * Mustache never evaluates a value as a template, so a value holding {@code {{x}}} is just text.
 */
final class PlainTextMustache {

  private static final Pattern MUSTACHE_LINE = Pattern.compile("@\\[[^\\]]*:(\\d+)\\]");
  private static final Pattern UNCLOSED = Pattern.compile("Failed to close '([^']*)' tag");
  private static final Pattern MISMATCHED =
      Pattern.compile("Mismatched start/end tags: (\\S+) != (\\S+)");

  private static final DefaultMustacheFactory FACTORY = new RawFactory();

  private PlainTextMustache() {}

  /**
   * Compiles a template text whose first line is line {@code firstLine} of the file, turning
   * Mustache's errors into {@link TemplateSyntaxError}s that point at the file's line.
   */
  static Mustache compile(String text, String part, int firstLine) {
    try {
      return FACTORY.compile(new StringReader(text), part);
    } catch (MustacheException e) {
      int line = mustacheLine(e);
      throw new TemplateSyntaxError(line < 1 ? firstLine : firstLine + line - 1, reason(e));
    }
  }

  /** Renders a compiled template over a model of nested maps. */
  static String execute(Mustache mustache, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    return out.toString();
  }

  private static int mustacheLine(MustacheException e) {
    if (e.getContext() != null) {
      return e.getContext().line();
    }
    Matcher m = MUSTACHE_LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String reason(MustacheException e) {
    String message = String.valueOf(e.getMessage());
    Matcher unclosed = UNCLOSED.matcher(message);
    if (unclosed.find()) {
      String name = unclosed.group(1);
      return "section {{#" + name + "}} is never closed with {{/" + name + "}}";
    }
    Matcher mismatched = MISMATCHED.matcher(message);
    if (mismatched.find()) {
      return mismatched.group(1).equals("null")
          ? "{{/" + mismatched.group(2) + "}} closes a section that was never opened"
          : "{{/" + mismatched.group(2) + "}} closes section {{#" + mismatched.group(1) + "}}";
    }
    if (message.startsWith("Improperly closed variable")) {
      return "a tag is not closed with }}";
    }
    return MUSTACHE_LINE.matcher(message).replaceAll("").strip();
  }

  /** A factory whose {@code encode} writes the value raw and whose lookups see only maps. */
  private static final class RawFactory extends DefaultMustacheFactory {
    RawFactory() {
      setObjectHandler(new MapObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
