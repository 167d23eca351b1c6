package app.rapport.guard;

/**
 * The low byte of every MinHash row of every body, in one flat array (b-bit minwise hashing).
 *
 * <p>Counting the rows on which two bodies differ is what the join does most, on bodies in no
 * particular order. A byte per row keeps 100,000 bodies in 12.8 MB, which stays in cache, where int
 * rows (51 MB) would not: that is what keeps the time per draft flat as batches grow. Two different
 * rows share their low byte by chance once in 256, which makes bodies look very slightly more
 * alike; harmless in a filter whose only job is to reject, since the exact Jaccard index decides.
 */
final class SignatureRows {

  private final byte[] rows;
  private final int hashes;

  SignatureRows(int bodies, int hashes) {
    this.rows = new byte[bodies * hashes];
    this.hashes = hashes;
  }

  void set(int body, int[] signature) {
    for (int r = 0, at = body * hashes; r < hashes; r++) {
      rows[at + r] = (byte) signature[r];
    }
  }

  /** Rows on which two bodies differ; counting stops once above {@code limit}. */
  int mismatches(int a, int b, int limit) {
    int mismatches = 0;
    for (int r = 0, i = a * hashes, j = b * hashes; r < hashes && mismatches <= limit; r++) {
      if (rows[i + r] != rows[j + r]) {
        mismatches++;
      }
    }
    return mismatches;
  }

  /** Rows on which a body differs from {@code reference}; counting stops once above limit. */
  int mismatches(int body, byte[] reference, int limit) {
    int mismatches = 0;
    for (int r = 0, i = body * hashes; r < hashes && mismatches <= limit; r++) {
      if (rows[i + r] != reference[r]) {
        mismatches++;
      }
    }
    return mismatches;
  }

  /**
   * Row by row, the value most of the sampled bodies hold (Boyer-Moore vote over up to {@code
   * sample} bodies spread evenly through {@code bodies[0, size)}).
   */
  byte[] majority(int[] bodies, int size, int sample) {
    byte[] majority = new byte[hashes];
    int[] votes = new int[hashes];
    int taken = Math.min(size, sample);
    for (int k = 0; k < taken; k++) {
      int at = bodies[(int) ((long) k * size / taken)] * hashes;
      for (int r = 0; r < hashes; r++) {
        if (votes[r] == 0) {
          majority[r] = rows[at + r];
          votes[r] = 1;
        } else {
          votes[r] += majority[r] == rows[at + r] ? 1 : -1;
        }
      }
    }
    return majority;
  }
}
