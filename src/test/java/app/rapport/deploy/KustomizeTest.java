package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the kustomize base and every overlay with {@code kubectl kustomize}, parses the objects
 * and checks what every deployment of Rapport must have: enough replicas, health probes, bounded
 * resources, a locked-down container, a disruption budget, an autoscaler, a network policy, and no
 * secret committed. The database overlays have their own checks in {@link DatabaseOverlaysTest}.
 */
class KustomizeTest {

  static Stream<Path> builds() {
    return RenderedBuild.directories().stream();
  }

  @Test
  void finds_the_base_and_both_database_overlays() {
    assertThat(RenderedBuild.directories())
        .extracting(Path::toString)
        .contains("k8s/base", "k8s/overlays/cloudnativepg", "k8s/overlays/external-db");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void runs_at_least_two_replicas_and_autoscales_from_two(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode deployment = build.single("Deployment");
    JsonNode hpa = build.single("HorizontalPodAutoscaler");

    assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
    assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText())
        .isEqualTo("Deployment");
    assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
        .isEqualTo(deployment.path("metadata").path("name").asText());
    int min = hpa.path("spec").path("minReplicas").asInt();
    assertThat(min).isGreaterThanOrEqualTo(2);
    assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThanOrEqualTo(min);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void probes_start_liveness_and_readiness_on_the_quarkus_health_endpoints(Path dir) {
    JsonNode container = RenderedBuild.of(dir).appContainer();

    assertThat(probePath(container, "startupProbe")).isEqualTo("/q/health/started");
    assertThat(probePath(container, "livenessProbe")).isEqualTo("/q/health/live");
    assertThat(probePath(container, "readinessProbe")).isEqualTo("/q/health/ready");
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat(container.path(probe).path("httpGet").path("port").asText())
          .as(probe + " port")
          .isIn("http", "8080");
    }
    JsonNode startup = container.path("startupProbe");
    int startupBudgetSeconds =
        startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3);
    assertThat(startupBudgetSeconds).as("time allowed for migrations at start").isGreaterThan(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void every_container_requests_cpu_and_memory_within_its_limits(Path dir) {
    JsonNode pod = RenderedBuild.of(dir).podSpec();
    List<JsonNode> containers = new ArrayList<>();
    pod.path("containers").forEach(containers::add);
    pod.path("initContainers").forEach(containers::add);

    for (JsonNode container : containers) {
      JsonNode resources = container.path("resources");
      for (String resource : List.of("cpu", "memory")) {
        String request = resources.path("requests").path(resource).asText(null);
        String limit = resources.path("limits").path(resource).asText(null);
        assertThat(request).as("%s request", resource).isNotBlank();
        assertThat(limit).as("%s limit", resource).isNotBlank();
        assertThat(quantity(request))
            .as("%s request <= limit", resource)
            .isLessThanOrEqualTo(quantity(limit));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void runs_as_the_non_root_user_of_the_image(Path dir) throws IOException {
    JsonNode pod = RenderedBuild.of(dir).podSpec();
    JsonNode podSecurity = pod.path("securityContext");
    JsonNode containerSecurity = RenderedBuild.of(dir).appContainer().path("securityContext");

    assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(containerSecurity.path("runAsNonRoot").asBoolean(true)).isTrue();
    long uid = containerSecurity.path("runAsUser").asLong(podSecurity.path("runAsUser").asLong());
    assertThat(uid).isPositive().isEqualTo(imageUid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void cannot_gain_privileges_or_reach_the_host(Path dir) {
    JsonNode pod = RenderedBuild.of(dir).podSpec();
    JsonNode security = RenderedBuild.of(dir).appContainer().path("securityContext");

    assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
    assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(security.path("privileged").asBoolean(false)).isFalse();
    assertThat(texts(security.path("capabilities").path("drop"))).contains("ALL");
    assertThat(security.path("capabilities").path("add").size()).isZero();
    String seccomp =
        security
            .path("seccompProfile")
            .path("type")
            .asText(pod.path("securityContext").path("seccompProfile").path("type").asText());
    assertThat(seccomp).isEqualTo("RuntimeDefault");
    for (String hostAccess : List.of("hostNetwork", "hostPID", "hostIPC")) {
      assertThat(pod.path(hostAccess).asBoolean(false)).as(hostAccess).isFalse();
    }
    assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void has_a_read_only_root_filesystem_and_a_writable_tmp_volume(Path dir) {
    JsonNode pod = RenderedBuild.of(dir).podSpec();
    JsonNode container = RenderedBuild.of(dir).appContainer();

    assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean())
        .isTrue();
    JsonNode tmpMount = null;
    for (JsonNode mount : container.path("volumeMounts")) {
      if ("/tmp".equals(mount.path("mountPath").asText())) {
        tmpMount = mount;
      }
    }
    assertThat(tmpMount).as("a volume mounted at /tmp").isNotNull();
    assertThat(tmpMount.path("readOnly").asBoolean(false)).isFalse();
    String volumeName = tmpMount.path("name").asText();
    JsonNode volume = null;
    for (JsonNode candidate : pod.path("volumes")) {
      if (volumeName.equals(candidate.path("name").asText())) {
        volume = candidate;
      }
    }
    assertThat(volume).as("volume " + volumeName).isNotNull();
    assertThat(volume.path("emptyDir").isObject()).as("/tmp is an emptyDir").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void pins_its_image_tag_and_never_refuses_to_pull_it(Path dir) {
    JsonNode container = RenderedBuild.of(dir).appContainer();
    String image = container.path("image").asText();
    String lastSegment = image.substring(image.lastIndexOf('/') + 1);

    assertThat(image.contains("@sha256:") || lastSegment.contains(":"))
        .as("%s names a tag or digest", image)
        .isTrue();
    assertThat(image).doesNotEndWith(":latest");
    assertThat(container.path("imagePullPolicy").asText()).isIn("IfNotPresent", "Always");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void rolls_out_without_losing_a_ready_replica_and_gives_sends_time_to_finish(Path dir) {
    JsonNode spec = RenderedBuild.of(dir).single("Deployment").path("spec");
    JsonNode rolling = spec.path("strategy").path("rollingUpdate");

    assertThat(spec.path("strategy").path("type").asText()).isEqualTo("RollingUpdate");
    assertThat(rolling.path("maxUnavailable").asText()).isIn("0", "0%");
    assertThat(rolling.path("maxSurge").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(spec.path("template").path("spec").path("terminationGracePeriodSeconds").asInt())
        .isGreaterThanOrEqualTo(45);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void a_disruption_budget_keeps_one_replica_yet_lets_nodes_drain(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode pdb = build.single("PodDisruptionBudget");

    assertThat(pdb.path("apiVersion").asText()).isEqualTo("policy/v1");
    int minAvailable = pdb.path("spec").path("minAvailable").asInt();
    assertThat(minAvailable).isGreaterThanOrEqualTo(1);
    assertThat(minAvailable)
        .isLessThan(
            build.single("HorizontalPodAutoscaler").path("spec").path("minReplicas").asInt());
    assertThat(selects(pdb.path("spec").path("selector").path("matchLabels"), build)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void a_service_routes_to_the_http_port_of_the_pods(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode service = build.single("Service");

    assertThat(selects(service.path("spec").path("selector"), build)).isTrue();
    assertThat(service.path("spec").path("ports")).hasSize(1);
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText())
        .isIn("http", "8080");
    assertThat(build.appContainer().path("ports").get(0).path("containerPort").asInt())
        .isEqualTo(8080);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void network_policy_admits_only_http_and_lets_out_only_database_mail_and_dns(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode policy = build.single("NetworkPolicy").path("spec");

    assertThat(selects(policy.path("podSelector").path("matchLabels"), build)).isTrue();
    assertThat(texts(policy.path("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(ports(policy.path("ingress"))).containsExactly("TCP/8080");
    assertThat(ports(policy.path("egress")))
        .containsExactlyInAnyOrder(
            "TCP/5432", "UDP/53", "TCP/53", "TCP/25", "TCP/465", "TCP/587", "TCP/993");
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
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(RenderedBuild.K8S.resolve("secret.example.yaml").toFile());
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

  private static long imageUid() throws IOException {
    Matcher user =
        Pattern.compile("(?m)^USER\\s+(\\d+)")
            .matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
    assertThat(user.find()).as("Dockerfile.jvm has a numeric USER").isTrue();
    return Long.parseLong(user.group(1));
  }

  private static String probePath(JsonNode container, String probe) {
    return container.path(probe).path("httpGet").path("path").asText();
  }

  /** Every label the selector asks for is on the Deployment's pod template. */
  private static boolean selects(JsonNode matchLabels, RenderedBuild build) {
    JsonNode podLabels =
        build.single("Deployment").path("spec").path("template").path("metadata").path("labels");
    List<Map.Entry<String, JsonNode>> wanted = matchLabels.properties().stream().toList();
    return !wanted.isEmpty()
        && wanted.stream()
            .allMatch(e -> e.getValue().asText().equals(podLabels.path(e.getKey()).asText()));
  }

  /** "PROTOCOL/port" of every rule; a rule with no ports (all ports) shows as "*". */
  private static List<String> ports(JsonNode rules) {
    List<String> found = new ArrayList<>();
    for (JsonNode rule : rules) {
      if (rule.path("ports").isEmpty()) {
        found.add("*");
      }
      for (JsonNode port : rule.path("ports")) {
        found.add(port.path("protocol").asText("TCP") + "/" + port.path("port").asText());
      }
    }
    return found;
  }

  private static List<String> texts(JsonNode array) {
    List<String> found = new ArrayList<>();
    array.forEach(node -> found.add(node.asText()));
    return found;
  }

  /** A Kubernetes quantity (250m, 2, 512Mi, 1Gi) in base units, enough to compare two. */
  private static BigDecimal quantity(String text) {
    Matcher m = Pattern.compile("([0-9.]+)([a-zA-Z]*)").matcher(text);
    assertThat(m.matches()).as("quantity " + text).isTrue();
    BigDecimal number = new BigDecimal(m.group(1));
    long factor =
        switch (m.group(2)) {
          case "" -> 1_000;
          case "m" -> 1;
          case "k" -> 1_000_000L;
          case "M" -> 1_000_000_000L;
          case "G" -> 1_000_000_000_000L;
          case "Ki" -> 1_024_000L;
          case "Mi" -> 1_048_576_000L;
          case "Gi" -> 1_073_741_824_000L;
          default -> throw new IllegalArgumentException("unit in " + text);
        };
    return number.multiply(BigDecimal.valueOf(factor));
  }
}
