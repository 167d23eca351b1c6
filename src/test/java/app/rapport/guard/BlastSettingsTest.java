package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BlastSettingsTest {

  @Test
  void defaults_to_085_two_near_duplicates_and_32_bands_of_4_rows() {
    BlastSettings defaults = BlastSettings.defaults();

    assertThat(defaults.similarityThreshold()).isEqualTo(0.85);
    assertThat(defaults.maxSimilar()).isEqualTo(2);
    assertThat(defaults.hashes()).isEqualTo(128);
    assertThat(defaults.bands()).isEqualTo(32);
    assertThat(defaults.rows()).isEqualTo(4);
  }

  @Test
  void rejects_a_threshold_outside_zero_to_one() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BlastSettings(0, 2, 128, 32));
    assertThatIllegalArgumentException().isThrownBy(() -> new BlastSettings(1.2, 2, 128, 32));
  }

  @Test
  void rejects_bands_that_do_not_divide_the_hashes() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BlastSettings(0.85, 2, 128, 30));
  }

  @Test
  void rejects_a_negative_max_similar() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BlastSettings(0.85, -1, 128, 32));
  }
}
