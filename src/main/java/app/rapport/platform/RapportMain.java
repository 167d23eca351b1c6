package app.rapport.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Starts Rapport. With no {@code DB_URL} in the environment it first starts an embedded PostgreSQL
 * whose data lives under {@code RAPPORT_DATA_DIR} (default {@code ./data}), and hands its URL to
 * Quarkus through system properties, which outrank {@code application.properties}.
 */
@QuarkusMain
public final class RapportMain {

  private static final Logger LOG = Logger.getLogger(RapportMain.class);

  private RapportMain() {}

  public static void main(String... args) throws Exception {
    String externalUrl = System.getenv("DB_URL");
    if (externalUrl != null && !externalUrl.isBlank()) {
      Quarkus.run(args);
      return;
    }
    Path dataDir = Path.of(env("RAPPORT_DATA_DIR", "data")).toAbsolutePath();
    int port = Integer.parseInt(env("RAPPORT_EMBEDDED_DB_PORT", "0"));
    EmbeddedDatabase database =
        EmbeddedDatabase.start(dataDir.resolve("pg"), dataDir.resolve("pg-bin"), port, Map.of());
    LOG.infof("Embedded PostgreSQL started on port %d, data in %s", database.port(), dataDir);
    System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", database.username());
    System.setProperty("quarkus.datasource.password", database.password());
    // Stop PostgreSQL only after Quarkus has finished its own shutdown, so that in-flight work
    // (a send being recorded) can still commit. zonky's own hook would race with Quarkus.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Quarkus.waitForExit();
                  closeQuietly(database);
                },
                "embedded-postgres-stop"));
    Quarkus.run(args);
  }

  private static void closeQuietly(EmbeddedDatabase database) {
    try {
      database.close();
    } catch (Exception e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
