package app.rapport.replica;

import app.rapport.platform.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL every replica of one IT shares: the service's own embedded server, on a fixed port
 * and a fresh data directory under {@code target/replicas/}, so that it can be stopped and started
 * again where the replicas expect it. The IT reads the truth from it with plain JDBC.
 */
final class ReplicaDatabase implements AutoCloseable {

  // the session time zone differs from every replica's JVM zone on purpose (day keys must agree)
  private static final Map<String, String> SETTINGS =
      Map.of("timezone", "Asia/Kolkata", "fsync", "off", "full_page_writes", "off");

  private final Path dataDir;
  private final Path binDir;
  private final int port;
  private EmbeddedDatabase database;

  private ReplicaDatabase(Path dataDir, Path binDir, int port) {
    this.dataDir = dataDir;
    this.binDir = binDir;
    this.port = port;
  }

  /** Starts an empty database named after the IT, e.g. {@code target/replicas/startup-pg}. */
  static ReplicaDatabase start(String name) {
    Path root = Path.of("target", "replicas").toAbsolutePath();
    Path dataDir = root.resolve(name + "-pg");
    deleteRecursively(dataDir);
    ReplicaDatabase db = new ReplicaDatabase(dataDir, root.resolve("pg-bin"), FreePort.next());
    db.startServer();
    return db;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  String username() {
    return "postgres";
  }

  String password() {
    return "postgres";
  }

  /** Stops PostgreSQL (open connections are cut) as a crash or failover would look to a client. */
  void stop() {
    try {
      database.close();
      database = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts it again on the same port and data directory. */
  void startAgain() {
    startServer();
  }

  long count(String sql, Object... params) {
    return query(sql, params, row -> row.getLong(1)).getFirst();
  }

  List<String> strings(String sql, Object... params) {
    return query(sql, params, row -> row.getString(1));
  }

  List<Long> longs(String sql, Object... params) {
    return query(sql, params, row -> row.getLong(1));
  }

  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  <T> List<T> query(String sql, Object[] params, Row<T> reader) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(), username(), password());
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows.add(reader.read(row));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (database != null) {
      stop();
    }
  }

  private void startServer() {
    try {
      database = EmbeddedDatabase.start(dataDir, binDir, port, SETTINGS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what an earlier run left, stopping its postmaster first if that run was killed. */
  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Path pidFile = dir.resolve("postmaster.pid");
      if (Files.exists(pidFile)) {
        // only if that pid is still a postgres (pids are recycled)
        ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
            .filter(p -> p.info().command().orElse("").endsWith("postgres"))
            .ifPresent(
                orphan -> {
                  orphan.destroy();
                  orphan.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
