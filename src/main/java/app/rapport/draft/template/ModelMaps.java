package app.rapport.draft.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small operations on the renderer's model of nested maps. */
final class ModelMaps {

  private ModelMaps() {}

  /**
   * A copy in which dotted top-level keys ({@code "contact.firstName"}) are moved into nested maps,
   * because Mustache reads {@code {{contact.firstName}}} as {@code contact} then {@code firstName}.
   */
  static Map<String, Object> nested(Map<String, Object> model) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : model.entrySet()) {
      if (e.getValue() != null) {
        put(root, e.getKey(), e.getValue());
      }
    }
    return root;
  }

  /** The value at a dotted path, or null. */
  static Object lookup(Map<String, Object> root, String path) {
    Object current = root;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String path, Object value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      Object existing = root.get(path);
      if (existing instanceof Map<?, ?> && value instanceof Map<?, ?> incoming) {
        Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) existing);
        incoming.forEach((k, v) -> put(merged, String.valueOf(k), v));
        root.put(path, merged);
      } else {
        root.put(path, value);
      }
      return;
    }
    String head = path.substring(0, dot);
    Object child = root.get(head);
    Map<String, Object> map =
        child instanceof Map<?, ?> m
            ? new LinkedHashMap<>((Map<String, Object>) m)
            : new LinkedHashMap<>();
    put(map, path.substring(dot + 1), value);
    root.put(head, map);
  }
}
