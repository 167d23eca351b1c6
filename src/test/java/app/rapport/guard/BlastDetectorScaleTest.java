package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches of campaign size and beyond: the right drafts, and only those, are flagged. */
class BlastDetectorScaleTest {

  private final BlastDetector detector = new BlastDetector(BlastSettings.defaults());

  @Test
  void flags_exactly_a_name_only_merge_of_50_among_20000_personal_drafts() {
    DraftCorpus corpus = new DraftCorpus(20_000);
    List<BlastCandidate> drafts = new ArrayList<>();
    for (int i = 0; i < 19_950; i++) {
      drafts.add(corpus.personal(i));
    }
    DraftCorpus.Context shared = corpus.context();
    List<DraftCorpus.Person> people = corpus.distinctPeople(50);
    List<Long> merge = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long id = 1_000_000L + i;
      merge.add(id);
      // spread through the batch, not appended in one run
      drafts.add(
          i * 399, DraftCorpus.merged(id, DraftCorpus.TEMPLATES.get(1), shared, people.get(i)));
    }

    var findings = detector.check(drafts);

    assertThat(findings).containsOnlyKeys(merge);
    assertThat(findings.values())
        .allSatisfy(f -> assertThat(f.message()).startsWith("49 other drafts say nearly"));
  }

  @Test
  void flags_a_merge_that_varies_only_a_short_title_among_5000_personal_drafts() {
    DraftCorpus corpus = new DraftCorpus(5_000);
    List<BlastCandidate> drafts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      drafts.add(corpus.personal(i));
    }
    String note = corpus.context().note();
    List<DraftCorpus.Person> people = corpus.distinctPeople(100);
    List<Long> merge = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      long id = 2_000_000L + i;
      merge.add(id);
      var context = new DraftCorpus.Context(corpus.context().title(), note);
      drafts.add(DraftCorpus.merged(id, DraftCorpus.TEMPLATES.get(0), context, people.get(i)));
    }

    assertThat(detector.check(drafts)).containsOnlyKeys(merge);
  }

  @Test
  void gives_the_same_findings_on_every_run() {
    List<BlastCandidate> drafts = DraftCorpus.realistic(5_000, 42);

    var first = detector.check(drafts);
    var second = new BlastDetector(BlastSettings.defaults()).check(drafts);

    assertThat(first).isNotEmpty().isEqualTo(second);
  }
}
