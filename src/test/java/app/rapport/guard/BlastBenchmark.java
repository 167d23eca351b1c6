package app.rapport.guard;

import java.util.List;

/**
 * Times {@link BlastDetector#check} on 10,000 and 100,000 generated drafts and prints the growth
 * ratio; near-linear scaling means about 10x, the goal is at most 12x. A plain main, not a test:
 * timings depend on the machine and must not fail a build. After {@code ./mvnw -o -q test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes app.rapport.guard.BlastBenchmark
 * </pre>
 */
public final class BlastBenchmark {

  private BlastBenchmark() {}

  public static void main(String[] args) {
    BlastDetector detector = new BlastDetector(BlastSettings.defaults());
    List<BlastCandidate> small = DraftCorpus.realistic(10_000, 1);
    List<BlastCandidate> large = DraftCorpus.realistic(100_000, 2);

    List<BlastCandidate> warmUp = DraftCorpus.realistic(20_000, 3);
    for (int run = 0; run < 3; run++) { // let the JIT compile the hot loops first
      detector.check(warmUp);
    }
    double smallSeconds = time(detector, small);
    double largeSeconds = time(detector, large);
    System.out.printf("growth 100k/10k: %.1fx (goal <= 12x)%n", largeSeconds / smallSeconds);
  }

  /** The best of three runs: the machine is shared, and the best run is the least disturbed. */
  private static double time(BlastDetector detector, List<BlastCandidate> drafts) {
    double best = Double.MAX_VALUE;
    int flagged = 0;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      flagged = detector.check(drafts).size();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(
        "%,d drafts: %.2f s (best of 3), %,.0f drafts/s, %,d flagged%n",
        drafts.size(), best, drafts.size() / best, flagged);
    return best;
  }
}
