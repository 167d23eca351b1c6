package app.rapport.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drafts' masked bodies as shingle sets, each distinct set once with the number of drafts that
 * share it. A name-only mail merge to thousands of people becomes one set of that weight, so the
 * near-duplicate search never sees the same body twice.
 *
 * @param sets distinct, non-empty shingle sets
 * @param weights drafts per set
 * @param setOfDraft per draft, the index of its set, or -1 for a body without words
 */
record MaskedBodies(int[][] sets, int[] weights, int[] setOfDraft) {

  static MaskedBodies of(List<BlastCandidate> drafts) {
    Map<ShingleSet, Integer> indexOfSet = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    int[] weights = new int[drafts.size()];
    int[] setOfDraft = new int[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      BlastCandidate draft = drafts.get(i);
      int[] shingles = Shingles.of(IdentityMask.words(draft.body(), draft.identityValues()));
      if (shingles.length == 0) {
        setOfDraft[i] = -1;
        continue;
      }
      int index = indexOfSet.computeIfAbsent(new ShingleSet(shingles), s -> sets.size());
      if (index == sets.size()) {
        sets.add(shingles);
      }
      weights[index]++;
      setOfDraft[i] = index;
    }
    return new MaskedBodies(
        sets.toArray(int[][]::new), Arrays.copyOf(weights, sets.size()), setOfDraft);
  }

  /** A shingle set as a map key: equal when the same shingles. */
  private record ShingleSet(int[] shingles) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ShingleSet that && Arrays.equals(shingles, that.shingles);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(shingles);
    }
  }
}
