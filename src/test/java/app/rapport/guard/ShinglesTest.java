package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static List<String> words(int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("word" + i);
    }
    return words;
  }

  @Test
  void has_one_shingle_per_three_word_window() {
    assertThat(Shingles.of(words(100))).hasSize(98);
  }

  @Test
  void counts_a_repeated_window_once() {
    assertThat(Shingles.of(List.of("no", "no", "no", "no", "no"))).hasSize(1);
  }

  @Test
  void keeps_a_short_body_as_one_shingle_and_an_empty_one_as_none() {
    assertThat(Shingles.of(List.of("hi", "ana"))).hasSize(1);
    assertThat(Shingles.of(List.of())).isEmpty();
  }

  @Test
  void one_changed_word_in_a_hundred_leaves_a_jaccard_index_above_090() {
    List<String> changed = words(100);
    changed.set(50, "other");

    double jaccard = Shingles.jaccard(Shingles.of(words(100)), Shingles.of(changed));

    assertThat(jaccard).isCloseTo(95.0 / 101, within(1e-9));
    assertThat(Shingles.similar(Shingles.of(words(100)), Shingles.of(changed), 0.85)).isTrue();
  }

  @Test
  void similar_agrees_with_the_jaccard_index_at_the_threshold() {
    int[] base = Shingles.of(words(100));
    for (int changes = 0; changes <= 10; changes++) {
      List<String> changed = words(100);
      for (int c = 0; c < changes; c++) {
        changed.set(5 + c * 9, "other" + c);
      }
      int[] other = Shingles.of(changed);
      assertThat(Shingles.similar(base, other, 0.85))
          .as("%d changed words", changes)
          .isEqualTo(Shingles.jaccard(base, other) >= 0.85);
    }
  }

  @Test
  void disjoint_bodies_have_a_jaccard_index_of_zero() {
    List<String> other = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      other.add("x" + i);
    }

    assertThat(Shingles.jaccard(Shingles.of(words(50)), Shingles.of(other))).isZero();
    assertThat(Shingles.similar(Shingles.of(words(50)), Shingles.of(other), 0.85)).isFalse();
  }
}
