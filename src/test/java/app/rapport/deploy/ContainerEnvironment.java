package app.rapport.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container's environment variables and where each value comes from, resolved the way the kubelet
 * does it: {@code envFrom} first, then {@code env}, whose entries win.
 */
final class ContainerEnvironment {

  /**
   * One variable: a literal value (written in the Deployment or taken from a ConfigMap), or a
   * reference to a Secret's key.
   */
  record Source(String literal, String secretName, String secretKey, boolean optional) {

    static Source literal(String value) {
      return new Source(value, null, null, false);
    }

    boolean fromSecret() {
      return secretName != null;
    }
  }

  private final Map<String, Source> variables = new LinkedHashMap<>();
  private final List<String> configMapsReferenced = new ArrayList<>();

  ContainerEnvironment(JsonNode container, List<JsonNode> configMaps) {
    for (JsonNode from : container.path("envFrom")) {
      String configMap = from.path("configMapRef").path("name").asText(null);
      if (configMap != null) {
        configMapsReferenced.add(configMap);
        data(configMaps, configMap).properties().forEach(this::putLiteral);
      }
      JsonNode secret = from.path("secretRef");
      if (secret.isObject()) {
        throw new IllegalStateException("envFrom secretRef hides which keys are read: use env");
      }
    }
    for (JsonNode entry : container.path("env")) {
      String name = entry.path("name").asText();
      JsonNode secretRef = entry.path("valueFrom").path("secretKeyRef");
      JsonNode configMapRef = entry.path("valueFrom").path("configMapKeyRef");
      if (secretRef.isObject()) {
        variables.put(
            name,
            new Source(
                null,
                secretRef.path("name").asText(),
                secretRef.path("key").asText(),
                secretRef.path("optional").asBoolean(false)));
      } else if (configMapRef.isObject()) {
        String configMap = configMapRef.path("name").asText();
        configMapsReferenced.add(configMap);
        JsonNode value = data(configMaps, configMap).path(configMapRef.path("key").asText());
        variables.put(name, Source.literal(value.isMissingNode() ? null : value.asText()));
      } else {
        variables.put(name, Source.literal(entry.path("value").asText("")));
      }
    }
  }

  Optional<Source> get(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  Map<String, Source> all() {
    return variables;
  }

  List<String> configMapsReferenced() {
    return configMapsReferenced;
  }

  private static JsonNode data(List<JsonNode> configMaps, String name) {
    return configMaps.stream()
        .filter(c -> name.equals(c.path("metadata").path("name").asText()))
        .map(c -> c.path("data"))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  private void putLiteral(Map.Entry<String, JsonNode> entry) {
    variables.put(entry.getKey(), Source.literal(entry.getValue().asText()));
  }
}
