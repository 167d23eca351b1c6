package app.rapport.draft.template;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a template file: settings between {@code ---} lines, then the Mustache body. Everything
 * that can be checked without a contact is checked here, so that a broken or misspelt template is
 * refused when it is saved, with the line to fix, rather than producing odd drafts later: the
 * settings and their values, the tags used, every name against {@link ModelPaths}, and the subject
 * and body compiled with Mustache (an unclosed or mismatched section is refused).
 */
public final class TemplateParser {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAME = 64;

  private TemplateParser() {}

  /** Parses and checks a template file; {@code builtIn} marks templates shipped with Rapport. */
  public static TemplateDefinition parse(String source, boolean builtIn)
      throws TemplateSyntaxError {
    String text = source.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    FrontMatter front = FrontMatter.read(text);
    String name = required(front, "name").value();
    if (!NAME.matcher(name).matches() || name.length() > MAX_NAME) {
      throw new TemplateSyntaxError(
          front.entries().get("name").line(),
          "name '" + name + "' must be lower-case letters and digits joined by dashes");
    }
    String description = required(front, "description").value();
    ContextType contextType = contextType(required(front, "contextType"));
    Set<Channel> channels = channels(required(front, "channels"));
    TemplateKind kind = kind(required(front, "kind"));
    FrontMatter.Entry subject = front.get("subject").orElse(null);
    if (channels.contains(Channel.EMAIL) && subject == null) {
      throw new TemplateSyntaxError(front.closingLine(), "an EMAIL template needs a 'subject'");
    }
    List<String> requires = front.get("requires").map(TemplateParser::requires).orElse(List.of());
    String body = front.body();
    if (body.isBlank()) {
      throw new TemplateSyntaxError(front.closingLine() + 1, "the template has no body");
    }
    if (subject != null) {
      check(subject.value(), "subject", subject.line());
    }
    check(body, "body", front.closingLine() + 1);
    return new TemplateDefinition(
        name,
        description,
        contextType,
        channels,
        kind,
        subject == null ? null : subject.value(),
        requires,
        body,
        builtIn);
  }

  private static void check(String text, String part, int firstLine) {
    List<TemplateTag> tags = TemplateTag.scan(text, firstLine);
    PlainTextMustache.compile(text, part, firstLine);
    TemplateVariables.collect(tags, new TreeSet<>());
  }

  private static FrontMatter.Entry required(FrontMatter front, String key) {
    return front
        .get(key)
        .orElseThrow(
            () ->
                new TemplateSyntaxError(
                    front.closingLine(), "the setting '" + key + "' is missing"));
  }

  private static ContextType contextType(FrontMatter.Entry entry) {
    return ContextType.parse(entry.value())
        .orElseThrow(
            () ->
                new TemplateSyntaxError(
                    entry.line(),
                    "unknown contextType '"
                        + entry.value()
                        + "' (one of "
                        + Arrays.toString(ContextType.values())
                        + ")"));
  }

  private static Set<Channel> channels(FrontMatter.Entry entry) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String part : entry.value().split(",")) {
      channels.add(constant(Channel.class, part, entry, "channel"));
    }
    return channels;
  }

  private static TemplateKind kind(FrontMatter.Entry entry) {
    return constant(TemplateKind.class, entry.value(), entry, "kind");
  }

  private static <E extends Enum<E>> E constant(
      Class<E> type, String text, FrontMatter.Entry entry, String what) {
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    throw new TemplateSyntaxError(
        entry.line(),
        "unknown "
            + what
            + " '"
            + text.strip()
            + "' (one of "
            + Arrays.toString(type.getEnumConstants())
            + ")");
  }

  private static List<String> requires(FrontMatter.Entry entry) {
    List<String> paths = new ArrayList<>();
    for (String part : entry.value().split(",")) {
      String path = part.strip();
      if (!ModelPaths.isKnown(path)) {
        throw new TemplateSyntaxError(entry.line(), "requires an unknown name '" + path + "'");
      }
      paths.add(path);
    }
    return paths;
  }
}
