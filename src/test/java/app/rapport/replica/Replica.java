package app.rapport.replica;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}),
 * configured only through its environment, as in production. Its output goes to {@code
 * target/replicas/<name>.log} for diagnosis.
 */
final class Replica implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final String timeZone;
  private final Path log;
  private Process process;

  private Replica(String name, Map<String, String> environment, String timeZone) {
    this.name = name;
    this.port = FreePort.next();
    this.environment = environment;
    this.timeZone = timeZone;
    this.log = Path.of("target", "replicas", name + ".log").toAbsolutePath();
  }

  /**
   * Launches a replica and returns at once (see {@link #awaitReady()}).
   *
   * @param timeZone the JVM's default zone: replicas on differently configured nodes must still
   *     agree on day keys
   */
  static Replica launch(String name, Map<String, String> environment, String timeZone) {
    Replica replica = new Replica(name, environment, timeZone);
    try {
      Files.deleteIfExists(replica.log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    replica.start();
    return replica;
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  /** Where the log ends now, to read only what comes after with {@link #logSince(long)}. */
  long logMark() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String logSince(long mark) {
    try {
      byte[] all = Files.readAllBytes(log);
      return new String(all, (int) mark, all.length - (int) mark, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Starts the JVM (again, on the same port, after it died). */
  void start() {
    List<String> command = new ArrayList<>();
    command.add(javaHome().resolve("bin").resolve("java").toString());
    // a small, quick-starting JVM: four of them share two cores with PostgreSQL and the IT
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx256m");
    command.add("-Duser.timezone=" + timeZone);
    command.add("-jar");
    command.add(jar().toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    // nothing from the IT's own environment (a DB_URL, a RAPPORT_*) leaks into the replica
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    builder.redirectErrorStream(true);
    try {
      Files.createDirectories(log.getParent());
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Files.writeString(
          log,
          "==== start " + name + " on port " + port + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits (bounded) until {@code /q/health/ready} says UP; fails at once if the JVM died. */
  void awaitReady() {
    await("replica " + name + " ready (see " + log + ")")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              if (!isAlive()) {
                throw new IllegalStateException(
                    "replica " + name + " exited with " + process.exitValue() + "; see " + log);
              }
              return readiness() == 200;
            });
  }

  /** The status of {@code /q/health/ready}: 200 UP, 503 DOWN, -1 when nobody answers. */
  int readiness() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
              .timeout(Duration.ofSeconds(2))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** SIGKILL: no shutdown hook, no chance to record anything. */
  void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** SIGTERM, as Kubernetes sends it: the graceful shutdown runs. */
  void terminate() {
    process.destroy();
  }

  /** True if the process has exited within {@code timeout}. */
  boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the JVM if it still runs: SIGTERM, and SIGKILL if it lingers. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!waitForExit(Duration.ofSeconds(20))) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(10));
    }
  }

  private static Path jar() {
    Path jar =
        Path.of(System.getProperty("rapport.jar", "target/quarkus-app/quarkus-run.jar"))
            .toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run ./mvnw verify (package comes first)");
    }
    return jar;
  }

  private static Path javaHome() {
    String home = System.getenv("JAVA_HOME");
    return Path.of(home != null && !home.isBlank() ? home : System.getProperty("java.home"));
  }
}
