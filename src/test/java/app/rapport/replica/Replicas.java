package app.rapport.replica;

import app.rapport.support.Api;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several replicas of the packaged service on one database, launched together. The first one also
 * serves the IT's API calls ({@link Api} and {@code Scenario} talk to it).
 */
final class Replicas implements AutoCloseable {

  // a different default zone per JVM, none of them UTC nor the database's
  private static final List<String> ZONES =
      List.of("America/Sao_Paulo", "Asia/Tokyo", "Europe/Lisbon");

  private final List<Replica> replicas;

  private Replicas(List<Replica> replicas) {
    this.replicas = replicas;
  }

  /**
   * What every replica gets: the database, an SMTP server in the IT's JVM, a test clock, a tick of
   * one second and the test admin; {@code extra} adds or overrides.
   */
  static Map<String, String> environment(
      ReplicaDatabase db, int smtpPort, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("DB_URL", db.jdbcUrl());
    env.put("DB_USER", db.username());
    env.put("DB_PASSWORD", db.password());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(smtpPort));
    env.put("SMTP_SECURITY", "NONE");
    env.put("RAPPORT_TEST_CLOCK", "true");
    env.put("RAPPORT_TICK", "1s");
    env.put("RAPPORT_DISPATCH_DELAY", "1s");
    env.put("RAPPORT_ADMIN_EMAIL", Api.ADMIN_EMAIL);
    env.put("RAPPORT_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
    // every API call checks a password: keep bcrypt cheap on two shared cores
    env.put("RAPPORT_SECURITY_BCRYPT_COST", "4");
    env.put("RAPPORT_SHUTDOWN_DELAY", "0s");
    env.putAll(extra);
    return env;
  }

  /** Launches {@code count} replicas at the same moment and waits until all are ready. */
  static Replicas start(String name, int count, Map<String, String> environment) {
    return start(name, java.util.Collections.nCopies(count, environment));
  }

  /** Launches one replica per environment at the same moment and waits until all are ready. */
  static Replicas start(String name, List<Map<String, String>> environments) {
    List<Replica> started = new ArrayList<>();
    Replicas replicas = new Replicas(started);
    try {
      for (int i = 0; i < environments.size(); i++) {
        started.add(
            Replica.launch(name + "-" + (i + 1), environments.get(i), ZONES.get(i % ZONES.size())));
      }
      started.forEach(Replica::awaitReady);
    } catch (RuntimeException e) {
      replicas.close();
      throw e;
    }
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = started.getFirst().port();
    return replicas;
  }

  Replica get(int index) {
    return replicas.get(index);
  }

  List<Replica> all() {
    return List.copyOf(replicas);
  }

  /** Starts again any replica an earlier test killed. */
  void ensureRunning() {
    List<Replica> restarted = replicas.stream().filter(r -> !r.isAlive()).toList();
    restarted.forEach(Replica::start);
    restarted.forEach(Replica::awaitReady);
  }

  /** Sets the test clock of every running replica to the same instant. */
  void setClock(Instant instant) {
    for (Replica replica : replicas) {
      if (replica.isAlive()) {
        Api.admin()
            .port(replica.port())
            .body(Map.of("set", instant.toString()))
            .post("/api/admin/clock")
            .then()
            .statusCode(200);
      }
    }
  }

  /** SIGTERM to all at once, then SIGKILL for any that lingers. */
  @Override
  public void close() {
    replicas.stream().filter(Replica::isAlive).forEach(Replica::terminate);
    replicas.forEach(Replica::close);
  }
}
