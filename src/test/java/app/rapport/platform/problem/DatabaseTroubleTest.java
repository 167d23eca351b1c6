package app.rapport.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

  private static RuntimeException wrapped(String state) {
    // as Hibernate and the transaction manager hand it over: the SQLException a few causes down
    return new IllegalStateException(
        "commit failed", new RuntimeException("could not execute", new SQLException("x", state)));
  }

  @Test
  void a_lost_connection_or_a_database_shutting_down_is_unavailable() {
    assertThat(DatabaseTrouble.of(wrapped("08006"))).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(wrapped("08001"))).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(wrapped("57P01"))).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.UNAVAILABLE.status()).isEqualTo(503);
  }

  @Test
  void a_deadlock_or_serialization_failure_is_a_collision_to_retry() {
    assertThat(DatabaseTrouble.of(wrapped("40P01"))).contains(DatabaseTrouble.COLLISION);
    assertThat(DatabaseTrouble.of(wrapped("40001"))).contains(DatabaseTrouble.COLLISION);
    assertThat(DatabaseTrouble.COLLISION.status()).isEqualTo(503);
  }

  @Test
  void a_row_deleted_meanwhile_is_a_conflict() {
    assertThat(DatabaseTrouble.of(wrapped("23503"))).contains(DatabaseTrouble.VANISHED);
    assertThat(DatabaseTrouble.VANISHED.status()).isEqualTo(409);
  }

  @Test
  void other_failures_stay_unexpected() {
    assertThat(DatabaseTrouble.of(wrapped("23505"))).isEmpty();
    assertThat(DatabaseTrouble.of(wrapped("42P01"))).isEmpty();
    assertThat(DatabaseTrouble.of(wrapped(null))).isEmpty();
    assertThat(DatabaseTrouble.of(new IllegalStateException("no database here"))).isEmpty();
  }

  @Test
  void a_chained_next_exception_is_read_too() {
    SQLException batch = new SQLException("batch failed", (String) null);
    batch.setNextException(new SQLException("deadlock", "40P01"));
    assertThat(DatabaseTrouble.of(new RuntimeException(batch))).contains(DatabaseTrouble.COLLISION);
  }
}
