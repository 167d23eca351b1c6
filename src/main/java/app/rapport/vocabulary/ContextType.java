package app.rapport.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kind of entry point that makes an invitation specific to one person (seed 000). */
public enum ContextType {
  BLOG_POST,
  ARTICLE,
  TALK,
  ORGANISATION,
  MUTUAL_CONNECTION,
  CONGRATULATION,
  OTHER;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]+");

  /**
   * Reads a context type written by a person: case, spaces, dashes and underscores do not matter
   * ("Blog post", "blog-post", "BLOG_POST"); "organization" is accepted too.
   */
  public static Optional<ContextType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
    if (key.equals("ORGANIZATION")) {
      key = "ORGANISATION";
    }
    if (key.equals("POST") || key.equals("BLOG")) {
      key = "BLOG_POST";
    }
    for (ContextType type : values()) {
      if (type.name().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
