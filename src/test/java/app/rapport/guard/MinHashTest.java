package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static int[] range(int from, int to) {
    return IntStream.range(from, to).map(i -> i * 7919).sorted().toArray();
  }

  @Test
  void gives_the_same_signature_on_every_run() {
    assertThat(new MinHash(128).signature(range(0, 100)))
        .isEqualTo(new MinHash(128).signature(range(0, 100)));
  }

  @Test
  void the_share_of_equal_rows_estimates_the_jaccard_index() {
    MinHash minHash = new MinHash(128);
    int[] a = range(0, 1000);
    int[] b = range(300, 1300); // 700 shared of 1300: J = 0.54

    SignatureRows rows = new SignatureRows(2, 128);
    rows.set(0, minHash.signature(a));
    rows.set(1, minHash.signature(b));

    assertThat(1 - rows.mismatches(0, 1, 128) / 128.0).isCloseTo(0.54, within(0.15));
  }

  @Test
  void identical_sets_share_every_band() {
    MinHash minHash = new MinHash(128);
    int[] signature = minHash.signature(range(0, 80));
    int[] same = minHash.signature(range(0, 80));

    for (int band = 0; band < 32; band++) {
      assertThat(MinHash.bandKey(signature, band, 4)).isEqualTo(MinHash.bandKey(same, band, 4));
    }
  }

  @Test
  void stops_counting_mismatches_just_past_the_limit() {
    SignatureRows rows = new SignatureRows(2, 128);
    rows.set(0, new int[128]);
    rows.set(1, IntStream.range(0, 128).map(i -> 1).toArray());

    assertThat(rows.mismatches(0, 1, 10)).isEqualTo(11);
  }

  @Test
  void the_majority_holds_the_rows_most_bodies_share() {
    SignatureRows rows = new SignatureRows(3, 4);
    rows.set(0, new int[] {1, 2, 3, 4});
    rows.set(1, new int[] {1, 2, 9, 4});
    rows.set(2, new int[] {1, 7, 3, 4});

    assertThat(rows.majority(new int[] {0, 1, 2}, 3, 64)).containsExactly(1, 2, 3, 4);
  }
}
