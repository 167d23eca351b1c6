package app.rapport.guard;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a phrase written in {@code rules.properties} into a regular expression, so that the people
 * who grow the word lists never have to write one. A space or hyphen stands for any run of spaces,
 * hyphens, dashes or light punctuation; {@code '} for a straight or curly apostrophe; {@code #} for
 * a number in digits or words; {@code *} for the rest of a word; and a contraction also finds its
 * long form ("i'm writing" finds "I am writing").
 */
final class PhraseNotation {
  private static final String SEPARATOR = "[\\s\\-\\u2013\\u2014,;:]+";
  private static final List<String> NUMBER_WORDS =
      List.of(
          "forty[\\s-]five",
          "twenty[\\s-]five",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "sixty",
          "ninety",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten");
  private static final String NUMBER =
      "(?:\\d+(?:[.,]\\d+)?|" + String.join("|", NUMBER_WORDS) + ")";

  private PhraseNotation() {}

  /** Contractions in a phrase also find their long forms: "i'm writing" finds "I am writing". */
  private static final Map<String, String> CONTRACTIONS =
      Map.of(
          "'m", "am",
          "'re", "are",
          "'ve", "have",
          "'ll", "will",
          "'d", "would",
          "n't", "not");

  static String toRegex(String phrase) {
    StringBuilder regex = new StringBuilder();
    boolean inSeparator = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      boolean separator = Character.isWhitespace(c) || c == '-';
      if (separator) {
        if (!inSeparator) {
          regex.append(SEPARATOR);
        }
        inSeparator = true;
        continue;
      }
      inSeparator = false;
      String contraction = contractionAt(phrase, i);
      if (contraction != null) {
        regex.append(contracted(phrase, i, contraction));
        i += contraction.length() - 1;
        continue;
      }
      switch (c) {
        case '\'', '\u2019' -> regex.append("['\\u2019]");
        case '#' -> regex.append(NUMBER);
        case '*' -> regex.append("\\w*");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  /**
   * The longest run of plain characters of the phrase, case-folded with {@link
   * PhrasePattern#fold(char)}: every match of {@link #toRegex} contains it at consecutive offsets
   * of the folded text, because a plain character is matched as a literal, ignoring case.
   * Separators, apostrophes, contractions, {@code #} and {@code *} end a run (they match varying
   * text), and so does a character whose fold is not stable under folding, which a literal
   * comparison might match through another spelling. Empty when the phrase has no plain character:
   * it may then match anywhere.
   */
  static String anchor(String phrase) {
    String longest = "";
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= phrase.length(); i++) {
      char c = i < phrase.length() ? phrase.charAt(i) : ' ';
      String contraction = i < phrase.length() ? contractionAt(phrase, i) : null;
      char folded = PhrasePattern.fold(c);
      boolean plain =
          !(Character.isWhitespace(c) || c == '-')
              && contraction == null
              && c != '\''
              && c != '\u2019'
              && c != '#'
              && c != '*'
              && !Character.isSurrogate(c)
              && PhrasePattern.fold(folded) == folded;
      if (plain) {
        run.append(folded);
        continue;
      }
      if (run.length() > longest.length()) {
        longest = run.toString();
      }
      run.setLength(0);
      if (contraction != null) {
        i += contraction.length() - 1;
      }
    }
    return longest;
  }

  /**
   * The case-folded characters a match of {@link #toRegex} can begin with, or null when the phrase
   * does not start with something that consumes one known character (a {@code *}, a separator).
   * Every match starts with a character whose {@link PhrasePattern#fold(char) fold} is in the
   * string, so a search may skip every other offset.
   */
  static String firstChars(String phrase) {
    char c = phrase.charAt(0);
    if (c == '#') {
      StringBuilder chars = new StringBuilder("0123456789");
      NUMBER_WORDS.forEach(word -> chars.append(word.charAt(0)));
      return chars.toString();
    }
    if (c == '\'' || c == '\u2019') {
      return "'\u2019";
    }
    char folded = PhrasePattern.fold(c);
    boolean plain =
        !(Character.isWhitespace(c) || c == '-' || c == '*' || Character.isSurrogate(c))
            && PhrasePattern.fold(folded) == folded;
    return plain ? String.valueOf(folded) : null;
  }

  /** The contraction starting at i and ending a word ("'m", "n't"), in its straight spelling. */
  private static String contractionAt(String phrase, int i) {
    if (i == 0) {
      return null;
    }
    String rest = phrase.substring(i).replace('\u2019', '\'');
    for (String contraction : CONTRACTIONS.keySet()) {
      int end = i + contraction.length();
      if (rest.startsWith(contraction)
          && (end == phrase.length() || !Character.isLetter(phrase.charAt(end)))) {
        return contraction;
      }
    }
    return null;
  }

  /** "'m" as written or as " am"; "can't" and "won't" stay as written ("ca not" is no word). */
  private static String contracted(String phrase, int i, String contraction) {
    String written = contraction.replace("'", "['\\u2019]");
    boolean irregular =
        contraction.equals("n't")
            && (phrase.startsWith("ca", i - 2) || phrase.startsWith("wo", i - 2));
    if (irregular) {
      return written;
    }
    return "(?:" + written + "|" + SEPARATOR + CONTRACTIONS.get(contraction) + ")";
  }
}
