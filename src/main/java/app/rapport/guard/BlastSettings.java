package app.rapport.guard;

/**
 * How the BLAST check decides that drafts are "nearly the same".
 *
 * <p>Similarity is the Jaccard index of the sets of word 3-shingles (three consecutive words) of
 * each body after the recipient's identity values are masked and the text is lower-cased and
 * reduced to words. At 0.85 a body still matches its copy with one word changed, while two renders
 * of one template that each say something real about the person (a different post title plus a
 * sentence about it) stay far apart, around 0.6.
 *
 * @param similarityThreshold Jaccard index at or above which two masked bodies are near-duplicates
 * @param maxSimilar how many other drafts may say nearly the same thing before it is a blast
 * @param hashes MinHash signature length; more hashes, fewer missed candidate pairs
 * @param bands LSH bands the signature is cut into; must divide {@code hashes}
 */
public record BlastSettings(double similarityThreshold, int maxSimilar, int hashes, int bands) {

  public BlastSettings {
    if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
      throw new IllegalArgumentException("similarityThreshold must be in (0, 1]");
    }
    if (maxSimilar < 0) {
      throw new IllegalArgumentException("maxSimilar must not be negative");
    }
    if (hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("hashes must be a positive multiple of bands");
    }
  }

  /** 0.85 Jaccard, more than 2 near-duplicates, 128 hashes in 32 bands of 4 rows. */
  public static BlastSettings defaults() {
    return new BlastSettings(0.85, 2, 128, 32);
  }

  /** Signature rows per LSH band. */
  public int rows() {
    return hashes / bands;
  }
}
