package app.rapport.guard;

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
  private static final String NUMBER =
      "(?:\\d+(?:[.,]\\d+)?|forty[\\s-]five|twenty[\\s-]five|fifteen|twenty|thirty|forty|sixty"
          + "|ninety|one|two|three|four|five|six|seven|eight|nine|ten)";

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
