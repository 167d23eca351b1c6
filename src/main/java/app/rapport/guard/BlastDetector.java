package app.rapport.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BLAST rule: the same, or nearly the same, body going to many people (seed 000: marketing
 * versus networking). It looks at a whole batch of drafts at once, unlike the per-draft rules.
 *
 * <p>Two findings, both {@code BLOCK} on the whole body:
 *
 * <ul>
 *   <li>identical text, before any masking, in two or more drafts;
 *   <li>more than {@link BlastSettings#maxSimilar()} other drafts whose bodies, with each
 *       recipient's own name, company and email masked, reach the Jaccard threshold. A template
 *       that merges only the name is caught here.
 * </ul>
 *
 * <p>Drafts with identical masked bodies are counted once with a weight, so a mail merge to 10,000
 * people costs no more than one draft; {@link NearDuplicateJoin} finds near-duplicates in
 * near-linear time and {@link NearDuplicateCounts} counts them per draft. Results are
 * deterministic: fixed hash seeds, no dependence on the JVM or the order of a hash map.
 */
public final class BlastDetector {

  private final BlastSettings settings;
  private final NearDuplicateCounts nearDuplicates;

  public BlastDetector(BlastSettings settings) {
    this.settings = settings;
    this.nearDuplicates = new NearDuplicateCounts(settings);
  }

  /** A BLAST finding per affected draft id, in the order of {@code drafts}; no entry if clean. */
  public Map<Long, Finding> check(List<BlastCandidate> drafts) {
    Map<String, Integer> copies = new HashMap<>();
    for (BlastCandidate draft : drafts) {
      copies.merge(draft.body(), 1, Integer::sum);
    }
    Map<ShingleSet, Integer> indexOfSet = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    int[] setOfDraft = new int[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      BlastCandidate draft = drafts.get(i);
      int[] shingles = Shingles.of(IdentityMask.words(draft.body(), draft.identityValues()));
      if (shingles.length == 0) {
        setOfDraft[i] = -1; // no words, nothing to compare; identical copies still count
        continue;
      }
      int index = indexOfSet.computeIfAbsent(new ShingleSet(shingles), s -> sets.size());
      if (index == sets.size()) {
        sets.add(shingles);
        weights.add(0);
      }
      weights.set(index, weights.get(index) + 1);
      setOfDraft[i] = index;
    }
    int[] othersOfSet =
        nearDuplicates.others(
            sets.toArray(int[][]::new), weights.stream().mapToInt(Integer::intValue).toArray());

    Map<Long, Finding> findings = new LinkedHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      BlastCandidate draft = drafts.get(i);
      int people = copies.get(draft.body());
      int similar = setOfDraft[i] < 0 ? 0 : othersOfSet[setOfDraft[i]];
      boolean nearlySame = similar > settings.maxSimilar();
      String message;
      if (people >= 2) {
        int alsoSimilar = nearlySame ? Math.max(0, similar - (people - 1)) : 0;
        message = BlastMessage.identical(people, alsoSimilar, draft.body());
      } else if (nearlySame) {
        message = BlastMessage.similar(similar, draft.body());
      } else {
        continue;
      }
      findings.put(
          draft.id(),
          new Finding(
              RuleCode.BLAST, Severity.BLOCK, message, Part.BODY, 0, draft.body().length()));
    }
    return Collections.unmodifiableMap(findings);
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
