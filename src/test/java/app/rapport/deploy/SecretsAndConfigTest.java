package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No secret is committed: the rendered builds hold no Secret object and every sensitive value is a
 * reference to a Secret the operator creates, whose keys {@code k8s/secret.example.yaml} documents.
 * Every variable the manifests set is one the service reads, so a misspelt key cannot silently fall
 * back to a default.
 */
class SecretsAndConfigTest {

  static Stream<Path> builds() {
    return RenderedBuild.directories().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void holds_no_secret_only_references_to_secrets_the_operator_creates(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    Pattern sensitive = Pattern.compile("PASSWORD|SECRET|TOKEN|KEYS?$|CREDENTIAL");

    assertThat(build.ofKind("Secret")).as("Secret objects").isEmpty();
    build
        .environment()
        .all()
        .forEach(
            (name, source) -> {
              if (sensitive.matcher(name).find()) {
                assertThat(source.fromSecret()).as("%s comes from a Secret", name).isTrue();
              }
            });
    for (JsonNode configMap : build.ofKind("ConfigMap")) {
      configMap
          .path("data")
          .properties()
          .forEach(e -> assertThat(e.getKey()).doesNotContainPattern(sensitive.pattern()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void every_key_read_from_rapport_secrets_is_documented_in_the_example(Path dir)
      throws IOException {
    JsonNode example =
        new YAMLMapper().readTree(RenderedBuild.K8S.resolve("secret.example.yaml").toFile());
    Set<String> documented = new HashSet<>();
    example.path("stringData").properties().forEach(e -> documented.add(e.getKey()));

    assertThat(example.path("metadata").path("name").asText()).isEqualTo("rapport-secrets");
    RenderedBuild.of(dir).environment().all().values().stream()
        .filter(source -> "rapport-secrets".equals(source.secretName()))
        .forEach(source -> assertThat(documented).contains(source.secretKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void configures_json_logs_and_the_public_url_through_its_config_map(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    ContainerEnvironment env = build.environment();
    Set<String> configMaps = new HashSet<>();
    build
        .ofKind("ConfigMap")
        .forEach(c -> configMaps.add(c.path("metadata").path("name").asText()));

    assertThat(configMaps).containsAll(env.configMapsReferenced());
    assertThat(env.get("RAPPORT_LOG_JSON").map(s -> s.literal())).hasValue("true");
    assertThat(env.get("RAPPORT_PUBLIC_URL").map(s -> s.literal()).orElse(""))
        .startsWith("https://");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void every_variable_it_sets_is_one_the_service_reads(Path dir) throws IOException {
    Set<String> read = variablesTheServiceReads();

    for (String name : RenderedBuild.of(dir).environment().all().keySet()) {
      if (!name.startsWith("QUARKUS_")) {
        assertThat(read).as("variables the service reads").contains(name);
      }
    }
  }

  private static Set<String> variablesTheServiceReads() throws IOException {
    Set<String> read = new HashSet<>(Set.of("JAVA_OPTS"));
    String properties = Files.readString(Path.of("src/main/resources/application.properties"));
    collect(Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)"), properties, read);
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        collect(Pattern.compile("getenv\\(\"([A-Z0-9_]+)\"\\)"), Files.readString(source), read);
      }
    }
    // RapportMain reads its variables through a helper: env("NAME", fallback)
    collect(
        Pattern.compile("env\\(\"([A-Z0-9_]+)\","),
        Files.readString(Path.of("src/main/java/app/rapport/platform/RapportMain.java")),
        read);
    return read;
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }
}
