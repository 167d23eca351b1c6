package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.deploy.ContainerEnvironment.Source;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The overlays say where PostgreSQL is: a CloudNativePG cluster they create, or an external one
 * named in the operator's Secret. Rendered with {@code kubectl kustomize}, like {@link
 * KustomizeTest}.
 */
class DatabaseOverlaysTest {

  static Stream<Path> overlays() {
    return RenderedBuild.overlayDirectories().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void every_overlay_gives_a_postgresql_url_and_credentials_kept_in_a_secret(Path dir) {
    ContainerEnvironment env = RenderedBuild.of(dir).environment();

    Source url = env.get("DB_URL").orElseThrow(() -> new AssertionError("DB_URL not set"));
    if (!url.fromSecret()) {
      assertThat(url.literal()).startsWith("jdbc:postgresql://");
    }
    assertThat(env.get("DB_USER")).isPresent();
    assertThat(env.get("DB_PASSWORD")).hasValueSatisfying(p -> assertThat(p.fromSecret()).isTrue());
  }

  @Test
  void cloudnativepg_overlay_runs_a_three_instance_cluster() {
    JsonNode cluster = RenderedBuild.overlay("cloudnativepg").single("Cluster");

    assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
    assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
  }

  @Test
  void cloudnativepg_overlay_connects_to_the_primary_service_with_the_generated_app_secret() {
    RenderedBuild build = RenderedBuild.overlay("cloudnativepg");
    JsonNode cluster = build.single("Cluster");
    String clusterName = cluster.path("metadata").path("name").asText();
    ContainerEnvironment env = build.environment();

    URI url = URI.create(env.get("DB_URL").orElseThrow().literal().substring("jdbc:".length()));
    assertThat(url.getHost()).isEqualTo(clusterName + "-rw");
    assertThat(url.getPort()).isEqualTo(5432);
    assertThat(url.getPath())
        .isEqualTo(
            "/" + cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
    assertThat(env.get("DB_USER").orElseThrow())
        .isEqualTo(new Source(null, clusterName + "-app", "username", false));
    assertThat(env.get("DB_PASSWORD").orElseThrow())
        .isEqualTo(new Source(null, clusterName + "-app", "password", false));
  }

  @Test
  void cloudnativepg_overlay_lets_the_service_reach_postgresql_only_on_its_cluster() {
    RenderedBuild build = RenderedBuild.overlay("cloudnativepg");
    String clusterName = build.single("Cluster").path("metadata").path("name").asText();

    List<JsonNode> postgresRules = new ArrayList<>();
    for (JsonNode rule : build.single("NetworkPolicy").path("spec").path("egress")) {
      for (JsonNode port : rule.path("ports")) {
        if (port.path("port").asInt() == 5432) {
          postgresRules.add(rule);
        }
      }
    }

    assertThat(postgresRules).hasSize(1);
    JsonNode rule = postgresRules.get(0);
    assertThat(rule.path("ports")).hasSize(1);
    assertThat(rule.path("to")).hasSize(1);
    assertThat(rule.path("to").get(0).path("podSelector").path("matchLabels").properties())
        .singleElement()
        .satisfies(
            label -> {
              assertThat(label.getKey()).isEqualTo("cnpg.io/cluster");
              assertThat(label.getValue().asText()).isEqualTo(clusterName);
            });
  }

  @Test
  void cloudnativepg_overlay_fits_every_replicas_pool_in_max_connections() {
    RenderedBuild build = RenderedBuild.overlay("cloudnativepg");
    int maxReplicas =
        build.single("HorizontalPodAutoscaler").path("spec").path("maxReplicas").asInt();
    int surge =
        build
            .single("Deployment")
            .path("spec")
            .path("strategy")
            .path("rollingUpdate")
            .path("maxSurge")
            .asInt();
    int pool = Integer.parseInt(build.environment().get("DB_POOL_SIZE").orElseThrow().literal());
    int maxConnections =
        build
            .single("Cluster")
            .path("spec")
            .path("postgresql")
            .path("parameters")
            .path("max_connections")
            .asInt(100);
    int reservedForSuperusers = 3;

    assertThat((maxReplicas + surge) * pool + reservedForSuperusers)
        .isLessThanOrEqualTo(maxConnections);
  }

  @Test
  void external_db_overlay_reads_url_and_credentials_from_the_operators_secret() {
    ContainerEnvironment env = RenderedBuild.overlay("external-db").environment();

    assertThat(env.get("DB_URL")).hasValue(new Source(null, "rapport-secrets", "db-url", false));
    assertThat(env.get("DB_USER")).hasValue(new Source(null, "rapport-secrets", "db-user", false));
    assertThat(env.get("DB_PASSWORD"))
        .hasValue(new Source(null, "rapport-secrets", "db-password", false));
    assertThat(RenderedBuild.overlay("external-db").ofKind("Cluster")).isEmpty();
  }
}
