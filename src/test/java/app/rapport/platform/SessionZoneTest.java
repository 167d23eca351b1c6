package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md 13 needs the database session and the JVM in different zones during the tests, or
 * SQL that leans on the session's zone (now()::date, date_trunc on timestamptz) would pass by luck.
 */
@QuarkusTest
class SessionZoneTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void the_database_session_and_the_jvm_are_in_different_zones() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet zone = s.executeQuery("select current_setting('TimeZone')")) {
      zone.next();
      assertThat(zone.getString(1)).isEqualTo(TestDatabase.SESSION_ZONE);
    }
    assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
  }
}
