package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlastDetectorTest {

  /** One invitation template, ~95 words around a post title and one sentence about the post. */
  private static final String TEMPLATE =
      """
      Hi {first},

      I read your post "{title}" last week. {note}

      I have just gone independent as a data engineer for small logistics firms, and I am trying \
      to learn how teams like yours at {company} decide which problems are worth automating \
      first. Would you be open to a 20-minute video call in the next two weeks? I would like to \
      ask how you scope those projects, and I can share the benchmark notes I collected from \
      twelve warehouses, in case they help your team.

      If now is not a good time, no reply needed; I understand.

      Best,
      Sam""";

  private static final String[][] PEOPLE = {
    {"Ana", "Lopez", "Northwind Freight"},
    {"Bruno", "Keller", "Alpine Cargo"},
    {"Chiara", "Rossi", "Lagoon Logistics"},
    {"Dev", "Patel", "Monsoon Movers"},
    {"Elif", "Yilmaz", "Granite Transit"}
  };

  /** What each person actually wrote, and one sentence that responds to it. */
  private static final String[][] CONTEXTS = {
    {
      "Why our pallet scanners lied to us",
      "Your point that the scanners were right and the shift handover was wrong changed how I"
          + " read our own error logs."
    },
    {
      "Five lessons from moving routing to the cloud",
      "The advice to keep a paper fallback for the first month made me laugh, because we"
          + " learned it the hard way."
    },
    {
      "What a cold-chain audit taught me about sensors",
      "I had never thought that one sensor near the door could hide a whole night of warm"
          + " trucks."
    },
    {
      "Measuring dwell time without buying new software",
      "Your trick of timestamping the gate photos is something I want to try with a client next"
          + " month."
    },
    {
      "The quiet cost of night shift handovers",
      "Seeing that most missed pallets appeared between two and four in the morning matched our"
          + " numbers exactly."
    }
  };

  private final BlastDetector detector = new BlastDetector(BlastSettings.defaults());

  private static BlastCandidate draft(long id, int person, String title, String note) {
    String[] p = PEOPLE[person];
    String body =
        TEMPLATE
            .replace("{first}", p[0])
            .replace("{company}", p[2])
            .replace("{title}", title)
            .replace("{note}", note);
    String email = (p[0] + "." + p[1] + "@example.com").toLowerCase();
    return new BlastCandidate(id, body, List.of(p[0], p[1], p[0] + " " + p[1], p[2], email));
  }

  private static List<BlastCandidate> personalDrafts() {
    List<BlastCandidate> drafts = new ArrayList<>();
    for (int i = 0; i < PEOPLE.length; i++) {
      drafts.add(draft(100 + i, i, CONTEXTS[i][0], CONTEXTS[i][1]));
    }
    return drafts;
  }

  private static List<BlastCandidate> nameOnlyMerge(int count) {
    List<BlastCandidate> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drafts.add(draft(200 + i, i, CONTEXTS[0][0], CONTEXTS[0][1]));
    }
    return drafts;
  }

  @Test
  void passes_one_template_rendered_around_each_persons_own_post() {
    assertThat(detector.check(personalDrafts())).isEmpty();
  }

  @Test
  void personal_renders_of_one_template_stay_well_below_the_threshold() {
    List<BlastCandidate> drafts = personalDrafts();
    for (int i = 0; i < drafts.size(); i++) {
      for (int j = 0; j < i; j++) {
        assertThat(maskedJaccard(drafts.get(i), drafts.get(j))).isLessThan(0.7);
      }
    }
  }

  @Test
  void blocks_a_template_that_merges_only_name_and_company() {
    List<BlastCandidate> drafts = nameOnlyMerge(4);

    var findings = detector.check(drafts);

    assertThat(findings).containsOnlyKeys(200L, 201L, 202L, 203L);
    assertThat(findings.get(201L).message())
        .startsWith("3 other drafts say nearly the same thing once names are masked")
        .contains("marketing, not networking (seed 000)")
        .contains("respond to something the person did");
  }

  @Test
  void allows_as_many_near_duplicates_as_max_similar() {
    assertThat(detector.check(nameOnlyMerge(3))).isEmpty();
  }

  @Test
  void blocks_drafts_identical_except_for_one_word() {
    String[] closings = {"Best,", "Cheers,", "Thanks,", "Regards,"};
    List<BlastCandidate> drafts = new ArrayList<>();
    for (int i = 0; i < closings.length; i++) {
      BlastCandidate base = draft(300 + i, 0, CONTEXTS[3][0], CONTEXTS[3][1]);
      drafts.add(
          new BlastCandidate(
              base.id(), base.body().replace("Best,", closings[i]), base.identityValues()));
    }

    var findings = detector.check(drafts);

    assertThat(findings).containsOnlyKeys(300L, 301L, 302L, 303L);
    assertThat(findings.values())
        .allSatisfy(f -> assertThat(f.message()).startsWith("3 other drafts say nearly"));
  }

  @Test
  void blocks_identical_bodies_sent_to_two_people() {
    String body = "Hello, I am reaching out to professionals in your field to grow my network.";
    List<BlastCandidate> drafts = new ArrayList<>(personalDrafts());
    drafts.add(new BlastCandidate(7, body, List.of("Ana", "ana@example.com")));
    drafts.add(new BlastCandidate(8, body, List.of("Bruno", "bruno@example.com")));

    var findings = detector.check(drafts);

    assertThat(findings).containsOnlyKeys(7L, 8L);
    Finding finding = findings.get(8L);
    assertThat(finding.code()).isEqualTo(RuleCode.BLAST);
    assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
    assertThat(finding.part()).isEqualTo(Part.BODY);
    assertThat(finding.start()).isZero();
    assertThat(finding.end()).isEqualTo(body.length());
    assertThat(finding.message())
        .startsWith("This exact text goes to 2 people (\"Hello, I am reaching out")
        .contains("marketing, not networking");
  }

  @Test
  void counts_identical_copies_and_the_near_duplicates_around_them() {
    List<BlastCandidate> drafts = new ArrayList<>(nameOnlyMerge(4));
    BlastCandidate copied = drafts.get(0);
    drafts.add(new BlastCandidate(9, copied.body(), copied.identityValues()));

    var findings = detector.check(drafts);

    assertThat(findings).containsOnlyKeys(200L, 201L, 202L, 203L, 9L);
    assertThat(findings.get(9L).message())
        .startsWith(
            "This exact text goes to 2 people, and 3 more drafts say nearly the same thing");
    assertThat(findings.get(202L).message()).startsWith("4 other drafts say nearly");
  }

  @Test
  void reports_findings_under_the_draft_ids_in_input_order() {
    List<BlastCandidate> drafts = new ArrayList<>();
    drafts.add(personalDrafts().get(1));
    List<BlastCandidate> merge = nameOnlyMerge(4);
    drafts.add(merge.get(2));
    drafts.add(personalDrafts().get(2));
    drafts.addAll(List.of(merge.get(3), merge.get(0), merge.get(1)));

    assertThat(detector.check(drafts).keySet()).containsExactly(202L, 203L, 200L, 201L);
  }

  @Test
  void finds_nothing_in_an_empty_batch() {
    assertThat(detector.check(List.of())).isEmpty();
  }

  @Test
  void finds_nothing_in_a_batch_of_one() {
    assertThat(detector.check(List.of(nameOnlyMerge(1).get(0)))).isEmpty();
  }

  @Test
  void a_stricter_setting_blocks_even_one_near_duplicate() {
    var strict = new BlastDetector(new BlastSettings(0.85, 0, 128, 32));

    assertThat(strict.check(nameOnlyMerge(2)))
        .containsOnlyKeys(200L, 201L)
        .allSatisfy(
            (id, f) -> assertThat(f.message()).startsWith("1 other draft says nearly the same"));
  }

  private static double maskedJaccard(BlastCandidate a, BlastCandidate b) {
    return Shingles.jaccard(
        Shingles.of(IdentityMask.words(a.body(), a.identityValues())),
        Shingles.of(IdentityMask.words(b.body(), b.identityValues())));
  }
}
