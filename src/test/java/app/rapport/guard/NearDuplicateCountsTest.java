package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateCountsTest {

  private final NearDuplicateCounts counts = new NearDuplicateCounts(BlastSettings.defaults());

  /** A 100-word body with the words at {@code changed} replaced. */
  private static int[] body(int... changed) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      words.add("word" + i);
    }
    for (int position : changed) {
      words.set(position, "changed" + position);
    }
    return Shingles.of(words);
  }

  @Test
  void counts_only_the_drafts_each_body_is_itself_near() {
    // A chain: each step changes one more word, so A~B~C~D but A and D are 0.83 apart.
    int[][] chain = {body(), body(20), body(20, 50), body(20, 50, 80)};

    int[] others = counts.others(chain, new int[] {1, 1, 1, 1});

    assertThat(others).containsExactly(2, 3, 3, 2);
  }

  @Test
  void weighs_each_body_by_the_drafts_that_share_it() {
    // The second and third bodies differ in three words (0.83): each is near only the first.
    int[][] sets = {body(), body(30), body(10, 90)};

    int[] others = counts.others(sets, new int[] {5, 2, 1});

    assertThat(others).containsExactly(4 + 2 + 1, 1 + 5, 5);
  }

  @Test
  void counts_nothing_for_unrelated_bodies() {
    List<String> other = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      other.add("other" + i);
    }

    assertThat(counts.others(new int[][] {body(), Shingles.of(other)}, new int[] {1, 1}))
        .containsExactly(0, 0);
  }
}
