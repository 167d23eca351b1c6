package app.rapport.draft.template;

import com.github.mustachejava.Mustache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Drafts an invitation from a template and a model of nested maps ({@code model.get("contact")}
 * holds {@code "firstName"}; dotted top-level keys such as {@code "contact.firstName"} are accepted
 * too). Output is plain text: values are inserted as they are, never escaped and never evaluated as
 * templates. Thread-safe; compiled templates are cached per template name and replaced when the
 * template's text changes.
 */
public final class InvitationRenderer {

  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
  private static final Pattern BLANK_RUN = Pattern.compile("\n{3,}");
  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

  private final ConcurrentMap<String, Compiled> cache = new ConcurrentHashMap<>();

  /**
   * Renders the subject (if the template has one) and the body. Blank lines left by empty sections
   * are collapsed to one, trailing spaces dropped, the whole trimmed.
   *
   * @throws IllegalArgumentException if the rendered subject holds a line break or another control
   *     character: a value such as {@code "Hi\r\nBcc: ..."} must never reach a mail header
   */
  public RenderedInvitation render(TemplateDefinition template, Map<String, Object> model) {
    Compiled compiled = compiled(template);
    Map<String, Object> scope = ModelMaps.nested(model);
    String subject =
        compiled.subject() == null
            ? null
            : subject(PlainTextMustache.execute(compiled.subject(), scope));
    return new RenderedInvitation(subject, body(PlainTextMustache.execute(compiled.body(), scope)));
  }

  /**
   * The paths the template {@code requires} that the model lacks or leaves blank, in the order the
   * template lists them: a draft should not be made from such a contact with this template.
   */
  public List<String> missingRequired(TemplateDefinition template, Map<String, Object> model) {
    Map<String, Object> scope = ModelMaps.nested(model);
    List<String> missing = new ArrayList<>();
    for (String path : template.requires()) {
      Object value = ModelMaps.lookup(scope, path);
      if (value == null || value.toString().isBlank()) {
        missing.add(path);
      }
    }
    return missing;
  }

  private Compiled compiled(TemplateDefinition template) {
    Compiled cached = cache.get(template.name());
    if (cached != null && cached.isFor(template)) {
      return cached;
    }
    Compiled fresh = Compiled.of(template);
    cache.put(template.name(), fresh);
    return fresh;
  }

  private static String subject(String rendered) {
    for (int i = 0; i < rendered.length(); ) {
      int cp = rendered.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        throw new IllegalArgumentException(
            "the subject would contain a line break or control character (U+"
                + String.format("%04X", cp)
                + ")");
      }
      i += Character.charCount(cp);
    }
    return SPACE_RUN.matcher(rendered).replaceAll(" ").strip();
  }

  private static String body(String rendered) {
    String text = rendered.replace("\r\n", "\n").replace('\r', '\n');
    text = TRAILING_SPACE.matcher(text).replaceAll("");
    return BLANK_RUN.matcher(text).replaceAll("\n\n").strip();
  }

  /** A template's compiled subject and body, and the text they were compiled from. */
  private record Compiled(String subjectText, String bodyText, Mustache subject, Mustache body) {
    static Compiled of(TemplateDefinition t) {
      Mustache subject =
          t.subject() == null ? null : PlainTextMustache.compile(t.subject(), "subject", 1);
      return new Compiled(
          t.subject(), t.body(), subject, PlainTextMustache.compile(t.body(), "body", 1));
    }

    boolean isFor(TemplateDefinition t) {
      return Objects.equals(subjectText, t.subject()) && bodyText.equals(t.body());
    }
  }
}
