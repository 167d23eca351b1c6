package app.rapport.guard;

import java.util.Arrays;
import java.util.List;

/**
 * Word 3-shingles of a masked body, as a sorted set of 32-bit hashes, and their Jaccard index.
 *
 * <p>Three-word windows keep word order without being fooled by reordered sentences; a changed word
 * touches only the three windows that contain it. Hashes are 32 bits: two ~100-shingle bodies
 * collide by chance about once in a million comparisons, far below anything the 0.85 threshold can
 * notice. Hashing is fixed (FNV-1a plus a fixed mixer), so results never depend on the JVM or the
 * run.
 */
final class Shingles {

  static final int WIDTH = 3;

  private Shingles() {}

  /**
   * The distinct shingle hashes of {@code words}, ascending. Bodies shorter than three words become
   * one shingle of all their words; an empty body has none.
   */
  static int[] of(List<String> words) {
    if (words.isEmpty()) {
      return new int[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = wordHash(words.get(i));
    }
    int count = Math.max(1, wordHashes.length - WIDTH + 1);
    int width = Math.min(WIDTH, wordHashes.length);
    int[] shingles = new int[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < width; k++) {
        h = Mix.mix64(h ^ wordHashes[i + k]);
      }
      shingles[i] = (int) (h >>> 32);
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /** |a ∩ b| / |a ∪ b| of two sorted, distinct sets; 1 for two empty sets. */
  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int shared = shared(a, b, a.length, b.length);
    return (double) shared / (a.length + b.length - shared);
  }

  /**
   * Whether the Jaccard index of two sorted, distinct, non-empty sets reaches {@code threshold}.
   * Gives up as soon as either set has more elements outside the other than the threshold allows,
   * so most non-matching pairs are decided in a fraction of a full merge.
   */
  static boolean similar(int[] a, int[] b, double threshold) {
    // J >= t  <=>  shared >= t * (|a| + |b|) / (1 + t)
    int needed = (int) Math.ceil(threshold * (a.length + b.length) / (1 + threshold) - 1e-9);
    int shared = shared(a, b, a.length - needed, b.length - needed);
    return shared >= needed && (double) shared / (a.length + b.length - shared) >= threshold;
  }

  /** Elements in both sets, or less once more than {@code maxOnlyA}/{@code maxOnlyB} are not. */
  private static int shared(int[] a, int[] b, int maxOnlyA, int maxOnlyB) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        if (i++ - shared >= maxOnlyA) {
          return shared;
        }
      } else if (j++ - shared >= maxOnlyB) {
        return shared;
      }
    }
    return shared;
  }

  private static long wordHash(String word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }
}
