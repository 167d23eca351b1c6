package app.rapport.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link PhraseList} (anchors and first characters, see {@link PhrasePattern}) finds
 * exactly what the original one-expression-at-a-time search finds ({@link NaivePhraseList}), for
 * every shipped list: same stretches, same offsets, same text. The drafts are the guard corpus plus
 * generated drafts salted with the lists' own phrases written the ways a person might: other case,
 * hyphens and line breaks for spaces, curly apostrophes, long forms of contractions, numbers in
 * digits or words, letters glued on either side, and look-alike letters ('ſ', 'K', 'İ', 'ı').
 */
class PhraseListEquivalenceTest {
  private static final String[][] LISTS = {
    {"gift.phrases", "gift.exceptions"},
    {"treat.phrases", null},
    {"platitude.phrases", null},
    {"hardSell.phrases", "hardSell.exceptions"},
    {"intent.phrases", null},
    {"benefit.phrases", null},
    {"duration.phrases", null},
    {"easyOut.phrases", null},
    {"attachment.phrases", null}
  };

  @Test
  void finds_the_same_stretches_as_the_naive_search_in_every_list() {
    RulesFile rules = shippedRules();
    List<String> allPhrases = new ArrayList<>();
    for (String[] keys : LISTS) {
      allPhrases.addAll(rules.list(keys[0]));
      if (keys[1] != null) {
        allPhrases.addAll(rules.list(keys[1]));
      }
    }
    List<String> drafts = drafts(allPhrases);
    int found = 0;
    for (String[] keys : LISTS) {
      List<String> exceptions = keys[1] == null ? List.of() : rules.list(keys[1]);
      PhraseList fast = PhraseList.of(rules.list(keys[0]), exceptions);
      NaivePhraseList naive = new NaivePhraseList(rules.list(keys[0]), exceptions);
      for (String draft : drafts) {
        List<Span> expected = naive.findIn(draft);
        assertThat(fast.findIn(draft)).as("%s in %s", keys[0], draft).isEqualTo(expected);
        assertThat(fast.foundIn(draft)).isEqualTo(!expected.isEmpty());
        found += expected.size();
      }
    }
    assertThat(found).as("the corpus exercises the lists").isGreaterThan(drafts.size());
  }

  @Test
  void anchors_and_first_characters_follow_the_notation() {
    assertThat(PhraseNotation.anchor("gift certificate*")).isEqualTo("certificate");
    assertThat(PhraseNotation.anchor("i'm reaching out because")).isEqualTo("reaching");
    assertThat(PhraseNotation.anchor("$#/month")).isEqualTo("/month");
    assertThat(PhraseNotation.anchor("#")).isEmpty();
    assertThat(PhraseNotation.firstChars("Voucher*")).isEqualTo("v");
    assertThat(PhraseNotation.firstChars("# minutes")).startsWith("0123456789").contains("f", "t");
    assertThat(PhraseNotation.firstChars("*ing")).isNull();
  }

  private static List<String> drafts(List<String> phrases) {
    List<String> drafts = new ArrayList<>(corpusMessages());
    DraftCorpus corpus = new DraftCorpus(7);
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      String body =
          DraftCorpus.render(
              pick(random, DraftCorpus.TEMPLATES), corpus.person(), corpus.context());
      StringBuilder salted = new StringBuilder(body);
      int salts = 1 + random.nextInt(12);
      for (int s = 0; s < salts; s++) {
        int at = random.nextInt(salted.length() + 1);
        salted.insert(at, glue(random) + written(pick(random, phrases), random) + glue(random));
      }
      drafts.add(salted.toString());
    }
    return drafts;
  }

  /** The phrase as a person might write it. */
  private static String written(String phrase, Random random) {
    String text =
        phrase
            .replace("#", pick(random, List.of("20", "2.5", "forty-five", "Fifteen", "ten", "7")))
            .replace("*", pick(random, List.of("", "s", "ing", "ed")))
            .replace(" ", pick(random, List.of(" ", "-", ", ", "\n", " – ", "  ")));
    if (random.nextInt(4) == 0) {
      text = text.replace("'", "\u2019");
    }
    if (random.nextInt(4) == 0) {
      text = text.replace("'m", " am").replace("n't", " not").replace("'ll", " will");
    }
    text =
        switch (random.nextInt(6)) {
          case 0 -> text.toUpperCase();
          case 1 -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
          case 2 -> text.replace('s', '\u017f').replace('k', '\u212a');
          case 3 -> text.replace('i', random.nextBoolean() ? '\u0130' : '\u0131');
          default -> text;
        };
    if (random.nextInt(8) == 0 && text.length() > 1) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static String glue(Random random) {
    return pick(random, List.of(" ", " ", " ", "", "x", "\u00e9", "_", "9", "(", "\"", "."));
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> corpusMessages() {
    try (Stream<Path> files = Files.walk(Path.of(resource("/guard/corpus")))) {
      return files
          .filter(f -> f.toString().endsWith(".txt"))
          .sorted()
          .map(PhraseListEquivalenceTest::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URI resource(String name) {
    try {
      return PhraseListEquivalenceTest.class.getResource(name).toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RulesFile shippedRules() {
    try (InputStream in = GuardSettings.class.getResourceAsStream("/guard/rules.properties")) {
      return RulesFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
