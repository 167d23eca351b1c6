package app.rapport.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real PostgreSQL every {@code @QuarkusTest} runs against: the same embedded server the service
 * uses, started once per test run, or an external one when {@code DB_URL} is set. Its session time
 * zone (Asia/Kolkata) differs from the JVM's (America/Sao_Paulo, set in the pom) on purpose, so
 * that a day key computed in the wrong zone shows up. The server's {@code timezone} setting is not
 * enough for that: PgJDBC sends the JVM's zone when it connects, which overrides it, so each new
 * connection sets the zone again.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

  /** Run on every new pooled connection, after PgJDBC has set the session to the JVM's zone. */
  static final String SESSION_ZONE = "Asia/Kolkata";

  private EmbeddedDatabase database;

  @Override
  public Map<String, String> start() {
    String external = System.getenv("DB_URL");
    if (external != null && !external.isBlank()) {
      return Map.of(
          "quarkus.datasource.jdbc.url",
          external,
          "quarkus.datasource.username",
          System.getenv().getOrDefault("DB_USER", "rapport"),
          "quarkus.datasource.password",
          System.getenv().getOrDefault("DB_PASSWORD", "rapport"),
          "quarkus.flyway.clean-at-start",
          "true",
          "quarkus.datasource.jdbc.new-connection-sql",
          "set time zone '" + SESSION_ZONE + "'");
    }
    try {
      Path root = Path.of("target", "test-pg").toAbsolutePath();
      Path data = Files.createTempDirectory(Files.createDirectories(root), "data-");
      database =
          EmbeddedDatabase.start(
              data,
              root.resolve("bin"),
              0,
              Map.of("timezone", SESSION_ZONE, "fsync", "off", "full_page_writes", "off"));
      return Map.of(
          "quarkus.datasource.jdbc.url", database.jdbcUrl(),
          "quarkus.datasource.username", database.username(),
          "quarkus.datasource.password", database.password(),
          "quarkus.datasource.jdbc.new-connection-sql", "set time zone '" + SESSION_ZONE + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
