package app.rapport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pod cannot do more than serve HTTP and reach its database, mail servers and DNS: non-root
 * with the image's UID, no privilege escalation, no capabilities, a read-only root filesystem with
 * a writable /tmp, and a NetworkPolicy that allows only those ports. Checked on the objects {@code
 * kubectl kustomize} renders for the base and every overlay.
 */
class PodHardeningTest {

  static Stream<Path> builds() {
    return RenderedBuild.directories().stream();
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
    assertThat(RenderedBuild.texts(security.path("capabilities").path("drop"))).contains("ALL");
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
  void network_policy_admits_only_http_and_lets_out_only_database_mail_and_dns(Path dir) {
    RenderedBuild build = RenderedBuild.of(dir);
    JsonNode policy = build.single("NetworkPolicy").path("spec");

    assertThat(RenderedBuild.selectsPods(policy.path("podSelector").path("matchLabels"), build))
        .isTrue();
    assertThat(RenderedBuild.texts(policy.path("policyTypes")))
        .containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(ports(policy.path("ingress"))).containsExactly("TCP/8080");
    assertThat(ports(policy.path("egress")))
        .containsExactlyInAnyOrder(
            "TCP/5432", "UDP/53", "TCP/53", "TCP/25", "TCP/465", "TCP/587", "TCP/993");
  }

  private static long imageUid() throws IOException {
    Matcher user =
        Pattern.compile("(?m)^USER\\s+(\\d+)")
            .matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
    assertThat(user.find()).as("Dockerfile.jvm has a numeric USER").isTrue();
    return Long.parseLong(user.group(1));
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
}
