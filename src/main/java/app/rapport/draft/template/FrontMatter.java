package app.rapport.draft.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} lines between the two {@code ---} lines at the top of a template file,
 * each remembered with its line so that errors can point at it. Not YAML: one value per line, and a
 * comment starts at a {@code #} that begins the line or follows a space and is followed by a space
 * or the line's end (so a subject such as "Issue #5" or "C# at scale" keeps its {@code #}).
 *
 * @param entries the values by key, in file order
 * @param closingLine the line of the closing {@code ---}; the body starts on the next line
 * @param body the text after the closing line
 */
record FrontMatter(Map<String, Entry> entries, int closingLine, String body) {

  /** A value and the line it was written on. */
  record Entry(String value, int line) {}

  static final Set<String> KEYS =
      Set.of("name", "description", "contextType", "channels", "kind", "subject", "requires");

  private static final Pattern LINE = Pattern.compile("([A-Za-z]+)\\s*:(.*)");
  private static final Pattern COMMENT = Pattern.compile("(^|\\s)#(\\s.*|)$");

  /** Splits a template file (line endings already normalised to {@code \n}). */
  static FrontMatter read(String source) {
    String[] lines = source.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      throw new TemplateSyntaxError(
          1, "a template starts with a '---' line, then its settings, then another '---' line");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int lineNumber = i + 1;
      if (lines[i].strip().equals("---")) {
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
        return new FrontMatter(entries, lineNumber, body);
      }
      String text = COMMENT.matcher(lines[i]).replaceFirst("").strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(text);
      if (!m.matches()) {
        throw new TemplateSyntaxError(lineNumber, "expected 'key: value', found '" + text + "'");
      }
      String key = m.group(1);
      if (!KEYS.contains(key)) {
        throw new TemplateSyntaxError(
            lineNumber,
            "unknown setting '" + key + "' (known: " + String.join(", ", sorted()) + ")");
      }
      if (entries.containsKey(key)) {
        throw new TemplateSyntaxError(lineNumber, "'" + key + "' is set twice");
      }
      entries.put(key, new Entry(m.group(2).strip(), lineNumber));
    }
    throw new TemplateSyntaxError(1, "the settings opened by '---' on line 1 are never closed");
  }

  /** The value of a key, if it is set and not blank. */
  Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key)).filter(e -> !e.value().isEmpty());
  }

  private static List<String> sorted() {
    return KEYS.stream().sorted().toList();
  }
}
