package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the kustomize base and every overlay with {@code kubectl kustomize}, parses the objects
 * and checks the shape every deployment of Rapport must have: enough replicas, health probes,
 * bounded resources, a pinned image, safe rollouts, a disruption budget and a Service. Pod
 * hardening is in {@link PodHardeningTest}, secrets and configuration in {@link
 * SecretsAndConfigTest}, the database overlays in {@link DatabaseOverlaysTest}.
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
    assertThat(
            RenderedBuild.selectsPods(pdb.path("spec").path("selector").path("matchLabels"), build))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void a_service_routes_to_the_http_port_of_the_pods(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode service = build.single("Service");

    assertThat(RenderedBuild.selectsPods(service.path("spec").path("selector"), build)).isTrue();
    assertThat(service.path("spec").path("ports")).hasSize(1);
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText())
        .isIn("http", "8080");
    assertThat(build.appContainer().path("ports").get(0).path("containerPort").asInt())
        .isEqualTo(8080);
  }

  private static String probePath(JsonNode container, String probe) {
    return container.path(probe).path("httpGet").path("path").asText();
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
