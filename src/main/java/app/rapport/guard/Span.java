package app.rapport.guard;

/** A stretch [start, end) of a text, with the text it covers. */
record Span(int start, int end, String text) {

  static Span of(String source, int start, int end) {
    return new Span(start, end, source.substring(start, end));
  }

  /** The text quoted for a message: in curly quotes, long stretches shortened. */
  String quoted() {
    return Quote.of(text);
  }
}
