package app.rapport.draft.template;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code {{tag}}} of a template text and the line it starts on.
 *
 * <p>Rapport's templates use a deliberately small part of Mustache: values, sections ({@code #}),
 * inverted sections ({@code ^}), their ends ({@code /}) and comments ({@code !}). Partials and
 * inheritance would load other files; triple mustaches and {@code &} ask for "unescaped" output,
 * which means nothing here because nothing is ever escaped; custom delimiters and pragmas only make
 * a template harder to read. {@link #scan} refuses them with the line, before Mustache sees them.
 *
 * @param kind the sigil ({@code '#'}, {@code '^'}, {@code '/'}, {@code '!'}) or {@code ' '} for a
 *     value
 * @param name the name inside the tag, trimmed
 * @param line the 1-based line of the text where the tag starts
 */
record TemplateTag(char kind, String name, int line) {

  static final char VALUE = ' ';

  private static final String SIGILS = "#^/!";

  /**
   * Lists the tags of a Mustache text whose first line is line {@code firstLine} of the file. A tag
   * that is never closed ends the scan; the Mustache compiler reports it.
   */
  static List<TemplateTag> scan(String text, int firstLine) {
    List<TemplateTag> tags = new ArrayList<>();
    int line = firstLine;
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        return tags;
      }
      line += newlines(text, from, open);
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        return tags;
      }
      String inside = text.substring(open + 2, close).strip();
      char first = inside.isEmpty() ? VALUE : inside.charAt(0);
      if (first == '!') {
        tags.add(new TemplateTag('!', "", line));
      } else if (SIGILS.indexOf(first) >= 0) {
        tags.add(new TemplateTag(first, inside.substring(1).strip(), line));
      } else if (Character.isLetter(first) || first == '.') {
        tags.add(new TemplateTag(VALUE, inside, line));
      } else {
        throw new TemplateSyntaxError(line, refusal(inside));
      }
      line += newlines(text, open, close);
      from = close + 2;
    }
  }

  private static String refusal(String inside) {
    if (inside.isEmpty()) {
      return "empty tag {{}}";
    }
    return switch (inside.charAt(0)) {
      case '>', '<', '+' ->
          "partials and template inheritance ({{" + inside + "}}) are not supported";
      case '{', '&' ->
          "{{" + inside + "}}: write {{name}} instead; values are never escaped in plain text";
      case '=' -> "custom delimiters ({{" + inside + "}}) are not supported";
      default -> "unsupported tag {{" + inside + "}}";
    };
  }

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
