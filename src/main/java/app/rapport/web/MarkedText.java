package app.rapport.web;

import app.rapport.guard.Finding;
import app.rapport.guard.Part;
import app.rapport.guard.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A draft's text cut into stretches so that each stretch a finding points at can be shown in a
 * {@code <mark>}: the findings' spans ({@link Finding#part()}, {@code start}, {@code end}) may
 * overlap, so the text is cut at every span edge and each piece is marked with the findings that
 * cover it. The template writes each piece with mustache's escaping, so the text stays inert.
 */
final class MarkedText {

  private MarkedText() {}

  /**
   * The subject and body with their marks, and the findings numbered as the marks refer to them.
   */
  static Model of(String subject, String body, List<Finding> findings) {
    List<Model> listed = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      listed.add(
          Model.of("number", i + 1)
              .with("severity", finding.severity() == Severity.BLOCK ? "block" : "warn")
              .with("severityLabel", finding.blocks() ? "blocks" : "warning")
              .with("code", FieldNames.of(finding.code()))
              .with("message", finding.message())
              .with("where", where(finding.part())));
    }
    boolean blocked = findings.stream().anyMatch(Finding::blocks);
    long warnings = findings.stream().filter(f -> !f.blocks()).count();
    return Model.of("subject", subject == null ? null : pieces(subject, findings, Part.SUBJECT))
        .with("hasSubject", subject != null)
        .with("body", pieces(body == null ? "" : body, findings, Part.BODY))
        .with("findings", listed)
        .with("hasFindings", !findings.isEmpty())
        .with("blocked", blocked)
        .with("warnings", warnings == 0 ? null : warnings)
        .with("clean", findings.isEmpty());
  }

  /** The text in pieces: {@code text}, and for a marked piece {@code mark} and {@code refs}. */
  static List<Model> pieces(String text, List<Finding> findings, Part part) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<Integer> relevant = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      int start = edge(text, f.start());
      int end = edge(text, f.end());
      if (f.part() == part && start < end) {
        relevant.add(i);
        cuts.add(start);
        cuts.add(end);
      }
    }
    List<Model> pieces = new ArrayList<>();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && from < to) {
        pieces.add(piece(text.substring(from, to), from, to, findings, relevant, text));
      }
      from = to;
    }
    return pieces;
  }

  private static Model piece(
      String text, int from, int to, List<Finding> findings, List<Integer> relevant, String all) {
    List<String> refs = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    boolean blocks = false;
    for (int i : relevant) {
      Finding f = findings.get(i);
      if (edge(all, f.start()) <= from && edge(all, f.end()) >= to) {
        refs.add(String.valueOf(i + 1));
        messages.add(f.message());
        blocks |= f.blocks();
      }
    }
    Model piece = Model.of("text", text);
    if (!refs.isEmpty()) {
      piece
          .with("mark", blocks ? "block" : "warn")
          .with("refs", String.join(",", refs))
          .with("note", String.join(" ", messages));
    }
    return piece;
  }

  /** A span edge inside the text, never between the two halves of a surrogate pair. */
  private static int edge(String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    if (at > 0
        && at < text.length()
        && Character.isLowSurrogate(text.charAt(at))
        && Character.isHighSurrogate(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static String where(Part part) {
    return switch (part) {
      case SUBJECT -> "in the subject";
      case BODY -> "in the text";
      case DRAFT -> "about the whole draft";
    };
  }
}
