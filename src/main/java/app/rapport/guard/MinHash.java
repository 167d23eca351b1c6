package app.rapport.guard;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code hashes} fixed random hash functions, the smallest hash of
 * any shingle in the set. Two sets agree on a row with probability equal to their Jaccard index, so
 * a signature of fixed size stands in for a set of any size, and equal runs of rows (LSH bands)
 * point at likely near-duplicates without comparing every pair.
 *
 * <p>The hash functions are multiply-add-shift over a mixed shingle, drawn from a fixed seed: the
 * same drafts always give the same signatures and the same findings.
 */
final class MinHash {

  /** Fixed so that findings are reproducible across runs and replicas. */
  static final long SEED = 0x5EED_000L;

  private final long[] multipliers;
  private final long[] increments;

  MinHash(int hashes) {
    SplittableRandom random = new SplittableRandom(SEED);
    multipliers = new long[hashes];
    increments = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = random.nextLong() | 1L;
      increments[i] = random.nextLong();
    }
  }

  int hashes() {
    return multipliers.length;
  }

  /** The signature of a non-empty shingle set; 31-bit rows so signed comparison is enough. */
  int[] signature(int[] shingles) {
    return signature(shingles, new int[multipliers.length]);
  }

  /** Writes the signature into {@code signature}, which must have one slot per hash. */
  int[] signature(int[] shingles, int[] signature) {
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int shingle : shingles) {
      long x = Mix.mix64(shingle);
      for (int i = 0; i < signature.length; i++) {
        int row = (int) ((x * multipliers[i] + increments[i]) >>> 33);
        if (row < signature[i]) {
          signature[i] = row;
        }
      }
    }
    return signature;
  }

  /** The LSH key of rows {@code [band * rows, band * rows + rows)}. */
  static long bandKey(int[] signature, int band, int rows) {
    long key = band;
    for (int r = band * rows, end = r + rows; r < end; r++) {
      key = Mix.mix64(key * 0x9E3779B97F4A7C15L + signature[r]);
    }
    return key;
  }
}
