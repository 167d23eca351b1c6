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

    System.out.println("warm-up: " + detector.check(DraftCorpus.realistic(20_000, 3)).size());
    double smallSeconds = time(detector, small);
    double largeSeconds = time(detector, large);
    System.out.printf("growth 100k/10k: %.1fx (goal <= 12x)%n", largeSeconds / smallSeconds);
  }

  private static double time(BlastDetector detector, List<BlastCandidate> drafts) {
    long start = System.nanoTime();
    int flagged = detector.check(drafts).size();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%,d drafts: %.2f s, %,.0f drafts/s, %,d flagged%n",
        drafts.size(), seconds, drafts.size() / seconds, flagged);
    return seconds;
  }
}
