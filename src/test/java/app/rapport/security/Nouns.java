package app.rapport.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of thing an id names: a path variable by the path segment before it ({@code
 * /api/lists/{id}} is a list), a body field by its name ({@code contactIds} are contacts).
 */
final class Nouns {

  private static final Map<String, String> SEGMENTS =
      Map.ofEntries(
          Map.entry("lists", "list"),
          Map.entry("members", "contact"),
          Map.entry("imports", "import"),
          Map.entry("contacts", "contact"),
          Map.entry("suppressions", "suppression"),
          Map.entry("tokens", "token"),
          Map.entry("templates", "template"),
          Map.entry("campaigns", "campaign"),
          Map.entry("invitations", "invitation"),
          Map.entry("tasks", "task"),
          Map.entry("today", "campaign"));

  private static final Map<String, String> FIELDS =
      Map.of(
          "list", "list",
          "contact", "contact",
          "campaign", "campaign",
          "invitation", "invitation",
          "import", "import",
          "template", "template");

  private Nouns() {}

  /** The noun of the template variable {@code variable} in {@code path}. */
  static String ofPathVariable(String path, String variable) {
    List<String> segments = List.of(path.split("/"));
    int at = segments.indexOf("{" + variable + "}");
    String before = at > 0 ? segments.get(at - 1) : "";
    String noun = SEGMENTS.get(before);
    if (noun == null) {
      throw new UnknownOperation(
          "which id goes into {" + variable + "} of " + path + "? Add '" + before + "' to Nouns");
    }
    return noun;
  }

  /** Body fields and query parameters that name a template of the user's rather than an id. */
  private static final Map<String, String> NAME_FIELDS =
      Map.of("templateName", "template", "templates", "template");

  /**
   * The noun a body field or query parameter refers to ({@code listId}, {@code contactIds}, {@code
   * templateName}), empty when it refers to nothing a user owns.
   */
  static Optional<String> ofReferenceField(String field) {
    if (NAME_FIELDS.containsKey(field)) {
      return Optional.of(NAME_FIELDS.get(field));
    }
    if (!field.endsWith("Id") && !field.endsWith("Ids")) {
      return Optional.empty();
    }
    String stem = field.replaceAll("Ids?$", "").toLowerCase(Locale.ROOT);
    String noun = FIELDS.get(stem);
    if (noun == null) {
      throw new UnknownOperation("which ids go into the field '" + field + "'? Add it to Nouns");
    }
    return Optional.of(noun);
  }

  /** An id of this kind that nobody has. */
  static Object missing(String noun, long missingId) {
    return switch (noun) {
      case "template" -> "no-such-template-" + missingId;
      case "suppression" -> "0".repeat(64);
      default -> missingId;
    };
  }
}
