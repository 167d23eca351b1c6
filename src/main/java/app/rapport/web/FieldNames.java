package app.rapport.web;

import java.util.Locale;

/** Enum constants as a person reads them: {@code CONTEXT_TITLE} is "Context title". */
final class FieldNames {

  private FieldNames() {}

  static String of(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    words = (" " + words + " ").replace(" url ", " URL ").strip();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
