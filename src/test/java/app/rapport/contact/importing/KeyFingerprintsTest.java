package app.rapport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyFingerprintsTest {

  @Test
  void distinct_keys_are_not_reported_as_repeated_across_many_growths() {
    KeyFingerprints keys = new KeyFingerprints();
    for (int i = 0; i < 200_000; i++) {
      assertThat(keys.add("e:person" + i + "@example.com")).isTrue();
    }
    assertThat(keys.repeated()).isFalse();
  }

  @Test
  void a_key_seen_again_is_reported_even_after_growing() {
    KeyFingerprints keys = new KeyFingerprints();
    keys.add("e:ada@example.com");
    for (int i = 0; i < 10_000; i++) {
      keys.add("u:linkedin.com/in/person-" + i);
    }
    assertThat(keys.add("e:ada@example.com")).isFalse();
    assertThat(keys.repeated()).isTrue();
  }

  @Test
  void once_repeated_the_answer_stays_repeated() {
    KeyFingerprints keys = new KeyFingerprints();
    keys.add("e:ada@example.com");
    keys.add("e:ada@example.com");
    keys.add("e:grace@example.com");
    assertThat(keys.repeated()).isTrue();
  }

  @Test
  void no_fingerprint_is_the_empty_slot_marker() {
    assertThat(KeyFingerprints.fingerprint("")).isNotZero();
    assertThat(KeyFingerprints.fingerprint("e:a@b.c")).isNotZero();
  }
}
