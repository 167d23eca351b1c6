package app.rapport.guard;

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
 * <p>Drafts with identical masked bodies are counted once with a weight ({@link MaskedBodies}), so
 * a mail merge to 10,000 people costs no more than one draft; {@link NearDuplicateJoin} finds
 * near-duplicates in near-linear time and {@link NearDuplicateCounts} counts them per draft.
 * Results are deterministic: fixed hash seeds, no dependence on the JVM or the order of a hash map.
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
    MaskedBodies masked = MaskedBodies.of(drafts);
    int[] othersOfSet = nearDuplicates.others(masked.sets(), masked.weights());

    Map<Long, Finding> findings = new LinkedHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      BlastCandidate draft = drafts.get(i);
      int people = copies.get(draft.body());
      int set = masked.setOfDraft()[i];
      int similar = set < 0 ? 0 : othersOfSet[set];
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
}
