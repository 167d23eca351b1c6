package app.rapport.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details document: what every error of the API answers with, as {@code
 * application/problem+json}. Extension members (such as {@code errors}, {@code currentState}) are
 * flattened into the top-level object, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(null, title, status, detail, null, Map.of());
  }

  public Problem with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(member, value);
    return new Problem(type, title, status, detail, instance, more);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, extensions);
  }

  @JsonAnyGetter
  public Map<String, Object> extensionMembers() {
    return extensions;
  }

  /** Keeps the map out of the JSON under its own name: its members are flattened instead. */
  @Override
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Map<String, Object> extensions() {
    return extensions;
  }
}
