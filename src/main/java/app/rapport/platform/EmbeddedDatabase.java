package app.rapport.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started in-process when no external database is configured, so that one command
 * runs Rapport on a laptop. Its data lives in {@code <dataDir>/pg} and survives restarts.
 *
 * <p>Traps handled here (see ENVIRONMENT.md): zonky defaults to {@code synchronous_commit=off},
 * which can lose commits on a crash; a postmaster orphaned by {@code kill -9} keeps the data
 * directory locked; binaries are unpacked under {@code /tmp} unless told otherwise, and the data
 * directory must not sit inside that working directory (zonky cleans stale folders there).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL with its data in {@code dataDirectory} (created if missing).
   *
   * @param dataDirectory where the cluster lives; reused across starts
   * @param workDirectory where zonky unpacks its binaries; must not contain dataDirectory
   * @param port the port to listen on, or 0 for any free one
   * @param serverSettings extra {@code postgresql.conf} settings, e.g. {@code timezone}
   */
  public static EmbeddedDatabase start(
      Path dataDirectory, Path workDirectory, int port, Map<String, String> serverSettings)
      throws IOException {
    Files.createDirectories(dataDirectory);
    Files.createDirectories(workDirectory);
    stopOrphanedPostmaster(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setOverrideWorkingDirectory(workDirectory.toFile())
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "200");
    serverSettings.forEach(builder::setServerConfig);
    if (port > 0) {
      builder.setPort(port);
    }
    return new EmbeddedDatabase(builder.start());
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String username() {
    return "postgres";
  }

  public String password() {
    return "postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * After a {@code kill -9} of the JVM, the postmaster it started keeps running and the next start
   * fails on {@code postmaster.pid}. The first line of that file is the orphan's pid: stop it.
   */
  static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    Optional<ProcessHandle> orphan =
        lines.isEmpty() ? Optional.empty() : ProcessHandle.of(parsePid(lines.getFirst()));
    if (orphan.isPresent() && orphan.get().isAlive()) {
      LOG.warnf(
          "Stopping a PostgreSQL left running by an earlier crash (pid %d)", orphan.get().pid());
      orphan.get().destroy();
      try {
        orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        orphan.get().destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static long parsePid(String line) {
    try {
      return Long.parseLong(line.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
