package app.rapport.guard;

/**
 * How many other drafts say nearly the same thing as each distinct masked body.
 *
 * <p>{@link NearDuplicateJoin} groups bodies transitively, which is what keeps it fast but would
 * let a chain A~B~C~D make a "blast of four" out of drafts whose ends are not alike. So a group of
 * up to {@link #EXACT_GROUP} distinct bodies is counted pair by pair with the exact Jaccard index:
 * each body counts only the drafts it is itself near. A larger group only comes from a real mass
 * mailing; there the group's size is the count, and comparing every pair would be quadratic.
 */
final class NearDuplicateCounts {

  static final int EXACT_GROUP = 64;

  private final NearDuplicateJoin join;
  private final double threshold;

  NearDuplicateCounts(BlastSettings settings) {
    join = new NearDuplicateJoin(settings);
    threshold = settings.similarityThreshold();
  }

  /**
   * Per distinct body, the other drafts that are its near-duplicates.
   *
   * @param sets distinct, non-empty shingle sets
   * @param weights drafts that share each set
   */
  int[] others(int[][] sets, int[] weights) {
    int n = sets.length;
    DisjointSets groups = join.join(sets, weights);
    int[] root = new int[n];
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      root[i] = groups.find(i);
      start[root[i] + 1]++;
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    int[] members = new int[n];
    int[] next = start.clone();
    for (int i = 0; i < n; i++) {
      members[next[root[i]]++] = i;
    }
    int[] others = new int[n];
    for (int r = 0; r < n; r++) {
      int from = start[r];
      int to = start[r + 1];
      if (to - from > EXACT_GROUP) {
        for (int k = from; k < to; k++) {
          others[members[k]] = groups.groupWeight(r) - 1;
        }
      } else {
        countPairs(sets, weights, members, from, to, others);
      }
    }
    return others;
  }

  private void countPairs(
      int[][] sets, int[] weights, int[] members, int from, int to, int[] others) {
    for (int k = from; k < to; k++) {
      others[members[k]] = weights[members[k]] - 1;
    }
    for (int k = from + 1; k < to; k++) {
      for (int l = from; l < k; l++) {
        int a = members[k];
        int b = members[l];
        if (Shingles.similar(sets[a], sets[b], threshold)) {
          others[a] += weights[b];
          others[b] += weights[a];
        }
      }
    }
  }
}
