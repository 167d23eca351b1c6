package app.rapport.draft.template;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a template may use. The renderer takes plain nested maps ({@code model.get("contact")}
 * is a map holding {@code "firstName"}); this list is the contract between whoever builds those
 * maps and whoever writes templates. A template naming anything else is refused when it is parsed,
 * because a misspelt name ({@code contact.firstname}) would otherwise render as nothing, silently.
 *
 * <p>How the free-text values are phrased matters, because templates put them inside sentences (see
 * {@code templates/README.md}): {@code campaign.intent} is a first-person clause ("I'm going
 * independent as ..."), {@code campaign.topic} and {@code campaign.valueOffered} are noun phrases,
 * {@code hook.note} is a short phrase on what the user found valuable; none ends with a full stop.
 */
public final class ModelPaths {

  /** Every leaf value, grouped by the object that holds it. */
  public static final List<String> LEAVES =
      List.of(
          "contact.firstName",
          "contact.lastName",
          "contact.fullName",
          "contact.company",
          "contact.title",
          "hook.type",
          "hook.title",
          "hook.url",
          "hook.publishedOn",
          "hook.note",
          "campaign.intent",
          "campaign.ask",
          "campaign.minutes",
          "campaign.topic",
          "campaign.valueOffered",
          "campaign.bookingUrl",
          "sender.name",
          "sender.signature",
          "links.accept",
          "links.decline",
          "links.optOut",
          "introducee.firstName",
          "introducee.fullName",
          "introducee.company",
          "introducee.title");

  /** The leaves and the objects holding them ({@code links} is absent for the manual channel). */
  public static final Set<String> ALL = all();

  private ModelPaths() {}

  /** Whether a template may name this path, as a value or as a section. */
  public static boolean isKnown(String path) {
    return ALL.contains(path);
  }

  /** The known path that differs from this one only by case, to suggest a fix for a typo. */
  static Optional<String> closest(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  private static Set<String> all() {
    Set<String> paths = new TreeSet<>(LEAVES);
    LEAVES.forEach(leaf -> paths.add(leaf.substring(0, leaf.indexOf('.'))));
    return Collections.unmodifiableSet(paths);
  }
}
