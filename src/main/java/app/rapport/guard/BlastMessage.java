package app.rapport.guard;

/**
 * The plain-language text of BLAST findings. It quotes the opening of the draft so the user sees
 * which message is meant, and says what to change, in the words of seed 000: a note that fits
 * everyone is marketing; networking responds to something the person did.
 */
final class BlastMessage {

  static final int QUOTE_LENGTH = 60;

  private static final String ADVICE =
      "marketing, not networking (seed 000): make each one respond to something the person did.";

  private BlastMessage() {}

  static String identical(int people, int alsoSimilar, String body) {
    String more =
        alsoSimilar == 0
            ? ""
            : ", and %d more %s nearly the same thing once names are masked"
                .formatted(alsoSimilar, alsoSimilar == 1 ? "draft says" : "drafts say");
    return "This exact text goes to %d people%s (\"%s\") — %s"
        .formatted(people, more, opening(body), ADVICE);
  }

  static String similar(int others, String body) {
    return "%d other %s nearly the same thing once names are masked (\"%s\") — %s"
        .formatted(others, others == 1 ? "draft says" : "drafts say", opening(body), ADVICE);
  }

  /** The first words of the body, whitespace collapsed, cut at a word boundary. */
  static String opening(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    if (text.length() <= QUOTE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', QUOTE_LENGTH);
    return text.substring(0, cut > 0 ? cut : QUOTE_LENGTH) + "…";
  }
}
