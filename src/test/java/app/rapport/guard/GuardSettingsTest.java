package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GuardSettingsTest {

  @Test
  void loads_the_shipped_thresholds() {
    GuardSettings settings = GuardSettings.defaults();

    assertThat(settings.staleMonths()).isEqualTo(12);
    assertThat(settings.cooldownDays()).isEqualTo(90);
    assertThat(settings.maxLinks()).isEqualTo(2);
    assertThat(settings.capCeiling()).isEqualTo(50);
    assertThat(settings.intentWithinSentences()).isEqualTo(2);
  }

  @Test
  void loads_the_word_lists_from_the_resource_not_from_code() {
    GuardSettings settings = GuardSettings.defaults();

    assertThat(settings.gifts().phrases()).contains("gift card*", "voucher*", "i'll pay you");
    assertThat(settings.treats().phrases()).contains("buy you lunch", "my treat");
    assertThat(settings.platitudes().phrases()).contains("love your work", "let's connect");
    assertThat(settings.easyOuts().phrases()).contains("no worries", "feel free to ignore");
  }

  @Test
  void a_changed_file_changes_the_guard() throws IOException {
    String shipped = shipped().replace("cooldown.days = 90", "cooldown.days = 14");

    GuardSettings settings = GuardSettings.load(stream(shipped));

    assertThat(settings.cooldownDays()).isEqualTo(14);
  }

  @Test
  void refuses_a_file_with_a_missing_key_and_names_it() throws IOException {
    String broken = shipped().replace("stale.months = 12", "");

    assertThatThrownBy(() -> GuardSettings.load(stream(broken)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stale.months");
  }

  @Test
  void refuses_a_threshold_that_is_not_a_number() throws IOException {
    String broken = shipped().replace("channel.maxLinks = 2", "channel.maxLinks = two");

    assertThatThrownBy(() -> GuardSettings.load(stream(broken)))
        .hasMessageContaining("channel.maxLinks")
        .hasMessageContaining("two");
  }

  @Test
  void refuses_a_cap_ceiling_below_one() throws IOException {
    String broken = shipped().replace("cap.ceiling = 50", "cap.ceiling = 0");

    assertThatThrownBy(() -> GuardSettings.load(stream(broken)))
        .hasMessageContaining("cap.ceiling");
  }

  private static String shipped() throws IOException {
    try (InputStream in = GuardSettings.class.getResourceAsStream("/guard/rules.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
