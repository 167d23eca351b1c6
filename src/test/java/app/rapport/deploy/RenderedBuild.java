package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The objects {@code kubectl kustomize} renders for one kustomization (the base or an overlay),
 * parsed from its YAML stream, so that tests check what a cluster would receive rather than the
 * source files. Each directory is rendered once per test run.
 *
 * @param name the directory relative to {@code k8s/}, e.g. {@code overlays/cloudnativepg}
 */
record RenderedBuild(String name, List<JsonNode> objects) {

  static final Path K8S = Path.of("k8s");
  private static final Map<Path, RenderedBuild> RENDERED = new ConcurrentHashMap<>();

  /** The base and every folder under {@code k8s/overlays} that holds a kustomization. */
  static List<Path> directories() {
    List<Path> found = new ArrayList<>();
    found.add(K8S.resolve("base"));
    found.addAll(overlayDirectories());
    return found;
  }

  static List<Path> overlayDirectories() {
    try (Stream<Path> children = Files.list(K8S.resolve("overlays"))) {
      return children
          .filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list k8s/overlays", e);
    }
  }

  static RenderedBuild of(Path directory) {
    return RENDERED.computeIfAbsent(directory.normalize(), RenderedBuild::render);
  }

  static RenderedBuild overlay(String name) {
    return of(K8S.resolve("overlays").resolve(name));
  }

  List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  JsonNode single(String kind) {
    List<JsonNode> found = ofKind(kind);
    assertThat(found).as("%s objects in %s", kind, name).hasSize(1);
    return found.get(0);
  }

  JsonNode podSpec() {
    return single("Deployment").path("spec").path("template").path("spec");
  }

  /** The application container, named {@code rapport}. */
  JsonNode appContainer() {
    for (JsonNode container : podSpec().path("containers")) {
      if ("rapport".equals(container.path("name").asText())) {
        return container;
      }
    }
    return fail("no container named rapport in the Deployment of " + name);
  }

  /** The app container's environment as the kubelet would assemble it. */
  ContainerEnvironment environment() {
    return new ContainerEnvironment(appContainer(), ofKind("ConfigMap"));
  }

  /** Every label the selector asks for is on the Deployment's pod template. */
  static boolean selectsPods(JsonNode matchLabels, RenderedBuild build) {
    JsonNode podLabels =
        build.single("Deployment").path("spec").path("template").path("metadata").path("labels");
    List<Map.Entry<String, JsonNode>> wanted = matchLabels.properties().stream().toList();
    return !wanted.isEmpty()
        && wanted.stream()
            .allMatch(e -> e.getValue().asText().equals(podLabels.path(e.getKey()).asText()));
  }

  static List<String> texts(JsonNode array) {
    List<String> found = new ArrayList<>();
    array.forEach(node -> found.add(node.asText()));
    return found;
  }

  @Override
  public String toString() {
    return name;
  }

  private static RenderedBuild render(Path directory) {
    String yaml = kustomize(directory);
    try {
      List<JsonNode> objects =
          new YAMLMapper()
              .readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream()
                  .filter(node -> node != null && node.isObject())
                  .toList();
      return new RenderedBuild(K8S.relativize(directory.normalize()).toString(), objects);
    } catch (IOException e) {
      throw new IllegalStateException("kubectl kustomize printed YAML we cannot parse", e);
    }
  }

  private static String kustomize(Path directory) {
    Path errors = null;
    try {
      errors = Files.createTempFile("kustomize", ".err");
      Process process =
          new ProcessBuilder("kubectl", "kustomize", directory.toString())
              .redirectError(errors.toFile())
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return fail("kubectl kustomize %s did not finish", directory);
      }
      if (process.exitValue() != 0) {
        return fail("kubectl kustomize %s failed: %s", directory, Files.readString(errors));
      }
      return out;
    } catch (IOException e) {
      return fail(
          "kubectl is needed to render k8s/ (apt-get install -y kubectl; .ci/run installs it): "
              + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while rendering " + directory);
    } finally {
      if (errors != null) {
        errors.toFile().delete();
      }
    }
  }
}
