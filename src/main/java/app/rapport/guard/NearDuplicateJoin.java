package app.rapport.guard;

import java.util.Arrays;

/**
 * Groups masked bodies whose shingle sets reach the Jaccard threshold, in near-linear time.
 *
 * <p>Every body gets a MinHash signature, cut into LSH bands; bodies that share a band's rows fall
 * into one bucket and only bodies sharing a bucket are compared. A comparison is a length check,
 * then a signature check on one byte per row ({@link SignatureRows}) that gives up after a few
 * dozen rows, then the exact Jaccard index, which alone decides. Matches are joined in {@link
 * DisjointSets}; pairs already in one group are not compared again.
 *
 * <p>The trap is the template: renders of one template share its skeleton, so in about a third of
 * the bands thousands of bodies that are <em>not</em> near-duplicates share a bucket, and comparing
 * them all would be quadratic. Buckets of up to {@link #SMALL_BUCKET} bodies are compared in full
 * (at most 15 comparisons per body and band). In a larger bucket each signature is held against the
 * bucket's row-by-row majority, which is the skeleton's: two bodies that stray from it in s1 and s2
 * rows with values of their own differ in about s1 + s2 rows, so only pairs whose strays add up to
 * the signature limit can match there. Sorted by stray, those bodies (drafts that say little
 * besides the template) sit together, and each is compared with its {@link #WINDOW} predecessors,
 * which is enough to chain a mail merge into one group. Bodies that share what they say about the
 * person stray together and meet in small buckets of other bands instead. Every body thus costs a
 * bounded number of comparisons per band: O(n log n) in all.
 */
final class NearDuplicateJoin {

  static final int SMALL_BUCKET = 16;
  static final int WINDOW = 4;
  static final int MAJORITY_SAMPLE = 64;

  private final double threshold;
  private final int rowsPerBand;
  private final int bands;
  private final int hashes;
  private final int mismatchLimit;
  private final MinHash minHash;

  NearDuplicateJoin(BlastSettings settings) {
    threshold = settings.similarityThreshold();
    rowsPerBand = settings.rows();
    bands = settings.bands();
    hashes = settings.hashes();
    minHash = new MinHash(hashes);
    // Expected mismatching rows at the threshold plus four standard deviations: a true match
    // is almost never rejected by the signature check, and the exact index has the last word.
    double h = hashes;
    mismatchLimit =
        (int) Math.ceil(h * (1 - threshold) + 4 * Math.sqrt(h * threshold * (1 - threshold)));
  }

  /**
   * Joins near-duplicates among non-empty, pairwise distinct shingle sets.
   *
   * @param weights drafts sharing each set, which become the group weights
   */
  DisjointSets join(int[][] sets, int[] weights) {
    int n = sets.length;
    Pass pass = new Pass(sets, new DisjointSets(weights), new SignatureRows(n, hashes));
    if (n < 2) {
      return pass.groups();
    }
    long[][] bandKeys = new long[bands][n];
    int[] signature = new int[hashes];
    for (int i = 0; i < n; i++) {
      minHash.signature(sets[i], signature);
      pass.rows().set(i, signature);
      for (int band = 0; band < bands; band++) {
        bandKeys[band][i] = MinHash.bandKey(signature, band, rowsPerBand);
      }
    }
    int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
    long indexMask = (1L << indexBits) - 1;
    long[] bucketed = new long[n];
    int[] members = new int[n];
    for (int band = 0; band < bands; band++) {
      for (int i = 0; i < n; i++) {
        bucketed[i] = (bandKeys[band][i] & ~indexMask) | i;
      }
      Arrays.sort(bucketed);
      for (int from = 0, to; from < n; from = to) {
        long key = bucketed[from] & ~indexMask;
        for (to = from + 1; to < n && (bucketed[to] & ~indexMask) == key; to++) {}
        int size = to - from;
        for (int k = 0; k < size; k++) {
          members[k] = (int) (bucketed[from + k] & indexMask);
        }
        if (size <= SMALL_BUCKET) {
          compareAll(pass, members, size);
        } else {
          compareNeighbours(pass, members, size);
        }
      }
    }
    return pass.groups();
  }

  private void compareAll(Pass pass, int[] members, int size) {
    for (int i = 1; i < size; i++) {
      for (int j = 0; j < i; j++) {
        compare(pass, members[i], members[j]);
      }
    }
  }

  private void compareNeighbours(Pass pass, int[] members, int size) {
    byte[] majority = pass.rows().majority(members, size, MAJORITY_SAMPLE);
    // Only bodies within the limit of the majority can pair up here; the rest are dropped.
    long[] byStray = new long[size];
    int close = 0;
    for (int k = 0; k < size; k++) {
      int stray = pass.rows().mismatches(members[k], majority, mismatchLimit);
      if (stray <= mismatchLimit) {
        byStray[close++] = (long) stray << 32 | members[k];
      }
    }
    Arrays.sort(byStray, 0, close);
    for (int i = 1; i < close; i++) {
      int strayI = (int) (byStray[i] >>> 32);
      if (strayI + (int) (byStray[0] >>> 32) > mismatchLimit) {
        return; // sorted: no later pair can pass either
      }
      for (int j = Math.max(0, i - WINDOW); j < i; j++) {
        if (strayI + (int) (byStray[j] >>> 32) <= mismatchLimit) {
          compare(pass, (int) byStray[i], (int) byStray[j]);
        }
      }
    }
  }

  private void compare(Pass pass, int a, int b) {
    if (pass.groups().same(a, b)) {
      return;
    }
    int[] setA = pass.sets()[a];
    int[] setB = pass.sets()[b];
    if (Math.min(setA.length, setB.length) < threshold * Math.max(setA.length, setB.length)) {
      return; // the Jaccard index cannot exceed the ratio of the sizes
    }
    if (pass.rows().mismatches(a, b, mismatchLimit) > mismatchLimit) {
      return;
    }
    if (Shingles.similar(setA, setB, threshold)) {
      pass.groups().union(a, b);
    }
  }

  /** The state of one {@link #join} call. */
  private record Pass(int[][] sets, DisjointSets groups, SignatureRows rows) {}
}
