package app.rapport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptReportTest {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final MetricsReport report =
      new MetricsReport(
          true,
          Instant.parse("2026-11-23T12:00:00Z"),
          "Europe/Berlin",
          Figures.NONE,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  @Test
  void the_outdated_json_is_the_outdated_report_written_out() throws Exception {
    KeptReport kept = new KeptReport(report, mapper.writeValueAsBytes(report));

    JsonNode outdated = mapper.readTree(kept.json(false));

    assertThat(outdated).isEqualTo(mapper.readTree(mapper.writeValueAsBytes(report.outdated())));
    assertThat(outdated.get("upToDate").asBoolean()).isFalse();
    assertThat(mapper.readTree(kept.json(true)).get("upToDate").asBoolean()).isTrue();
  }

  @Test
  void json_that_does_not_start_with_the_freshness_is_refused() throws Exception {
    byte[] reordered = "{\"zone\":\"UTC\",\"upToDate\":true}".getBytes();
    assertThatThrownBy(() -> new KeptReport(report, reordered))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeptReport(report.outdated(), mapper.writeValueAsBytes(report)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
