package app.rapport.guard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first sentences of a body, where seed 001 wants the intent stated "up front". A greeting ("Hi
 * Ana,") or a fragment such as "Dr." is not counted as a sentence: only pieces of at least {@value
 * #WORDS_IN_A_SENTENCE} words are.
 */
final class Opening {
  private static final int WORDS_IN_A_SENTENCE = 4;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n");

  private Opening() {}

  /** The body from its start to the end of its n-th sentence (the whole body if shorter). */
  static Span of(String body, int sentences) {
    Matcher m = SENTENCE_END.matcher(body);
    int pieceStart = 0;
    int counted = 0;
    while (m.find()) {
      if (words(body.substring(pieceStart, m.start())) >= WORDS_IN_A_SENTENCE) {
        counted++;
        if (counted == sentences) {
          return Span.of(body, 0, m.end());
        }
      }
      pieceStart = m.end();
    }
    return Span.of(body, 0, body.length());
  }

  private static int words(String piece) {
    String stripped = piece.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
