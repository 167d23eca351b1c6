package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the guard on a corpus of hand-written invitations (src/test/resources/guard/corpus): good
 * ones a careful reader would send as they are, and bad ones labelled with the rule codes that
 * reader would raise. Prints precision and recall per rule code and fails when either drops below
 * {@value #FLOOR} for a code the corpus uses. When a word list changes, this is the test that says
 * whether the guard got better or only different.
 */
class GuardCorpusTest {
  private static final double FLOOR = 0.9;
  private static final Set<RuleCode> SINGLE_DRAFT_CODES =
      EnumSet.complementOf(EnumSet.of(RuleCode.BLAST, RuleCode.CAP));

  private static List<CorpusMessage> good;
  private static List<CorpusMessage> bad;
  private static List<Scored> scored;

  private record Scored(CorpusMessage message, Set<RuleCode> found) {}

  @BeforeAll
  static void run_the_guard_on_the_corpus() throws IOException, URISyntaxException {
    Path root = Path.of(GuardCorpusTest.class.getResource("/guard/corpus").toURI());
    good = read(root.resolve("good"));
    bad = read(root.resolve("bad"));
    Guard guard = new Guard(GuardSettings.defaults());
    scored = new ArrayList<>();
    for (CorpusMessage message : Stream.concat(good.stream(), bad.stream()).toList()) {
      Set<RuleCode> found = EnumSet.noneOf(RuleCode.class);
      guard.check(message.draft()).forEach(f -> found.add(f.code()));
      scored.add(new Scored(message, found));
    }
    System.out.println(report());
  }

  @Test
  void the_corpus_holds_at_least_sixty_good_and_sixty_bad_messages() {
    assertThat(good).hasSizeGreaterThanOrEqualTo(60);
    assertThat(bad).hasSizeGreaterThanOrEqualTo(60);
    assertThat(good).allSatisfy(m -> assertThat(m.expected()).as(m.name()).isEmpty());
    assertThat(bad).allSatisfy(m -> assertThat(m.expected()).as(m.name()).isNotEmpty());
  }

  @Test
  void every_single_draft_rule_occurs_in_the_corpus() {
    Set<RuleCode> used = EnumSet.noneOf(RuleCode.class);
    bad.forEach(m -> used.addAll(m.expected()));

    assertThat(used).containsAll(SINGLE_DRAFT_CODES);
  }

  @Test
  void precision_and_recall_are_at_least_ninety_percent_for_every_rule_in_the_corpus() {
    for (RuleCode code : SINGLE_DRAFT_CODES) {
      Count count = count(code);
      if (count.truePositives + count.falseNegatives == 0) {
        continue;
      }
      assertThat(count.precision())
          .as("precision of " + code + "\n" + report())
          .isGreaterThanOrEqualTo(FLOOR);
      assertThat(count.recall())
          .as("recall of " + code + "\n" + report())
          .isGreaterThanOrEqualTo(FLOOR);
    }
  }

  private record Count(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }
  }

  private static Count count(RuleCode code) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Scored s : scored) {
      boolean expected = s.message().expected().contains(code);
      boolean found = s.found().contains(code);
      if (expected && found) {
        tp++;
      } else if (found) {
        fp++;
      } else if (expected) {
        fn++;
      }
    }
    return new Count(tp, fp, fn);
  }

  private static String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Guard corpus: %d good, %d bad messages%n%-14s %4s %4s %4s %9s %7s%n",
            good.size(), bad.size(), "rule", "TP", "FP", "FN", "precision", "recall"));
    for (RuleCode code : SINGLE_DRAFT_CODES) {
      Count c = count(code);
      out.append(
          String.format(
              "%-14s %4d %4d %4d %9.2f %7.2f%n",
              code,
              c.truePositives,
              c.falsePositives,
              c.falseNegatives,
              c.precision(),
              c.recall()));
    }
    List<String> misses =
        scored.stream()
            .filter(s -> !s.found().equals(s.message().expected()))
            .map(
                s ->
                    "  "
                        + s.message().name()
                        + " expected "
                        + s.message().expected()
                        + " found "
                        + s.found())
            .toList();
    out.append(
        misses.isEmpty()
            ? "No disagreements.\n"
            : "Disagreements:\n" + String.join("\n", misses) + "\n");
    return out.toString();
  }

  private static List<CorpusMessage> read(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".txt"))
          .sorted()
          .map(CorpusMessage::read)
          .collect(Collectors.toList());
    }
  }
}
