package app.rapport.replica;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Three JVMs of the packaged service started at the same moment on an empty database, as a fresh
 * Kubernetes deployment does: Flyway and the first-admin bootstrap must each happen once.
 */
class StartupIT {

  @Test
  void three_jvms_start_together_on_an_empty_database() throws IOException {
    try (ReplicaDatabase db = ReplicaDatabase.start("startup");
        Replicas replicas =
            Replicas.start("startup", 3, Replicas.environment(db, FreePort.next(), Map.of()))) {

      List<String> applied =
          db.strings(
              "select version from flyway_schema_history where version is not null and success"
                  + " order by installed_rank");
      assertThat(applied).as("each migration applied once, in order").isEqualTo(migrations());
      assertThat(db.count("select count(*) from flyway_schema_history where not success")).isZero();
      assertThat(db.count("select count(*) from app_user")).isEqualTo(1);
      assertThat(db.strings("select email from app_user where role = 'ADMIN'"))
          .containsExactly(Api.ADMIN_EMAIL);
      for (Replica replica : replicas.all()) {
        Api.admin().port(replica.port()).get("/api/admin/clock").then().statusCode(200);
      }
    }
  }

  /** The versions of the migrations in the source tree, e.g. {@code ["1", "2", "3", "4"]}. */
  private static List<String> migrations() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
          .toList();
    }
  }
}
