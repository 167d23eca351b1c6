package app.rapport.guard;

/** Quotes offending text inside a finding's message, so the user sees exactly what is meant. */
final class Quote {
  private static final int LONGEST = 70;

  private Quote() {}

  static String of(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) > LONGEST) {
      flat = flat.substring(0, flat.offsetByCodePoints(0, LONGEST - 1)).strip() + "…";
    }
    return "“" + flat + "”";
  }
}
