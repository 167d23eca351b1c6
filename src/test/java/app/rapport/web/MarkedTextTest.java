package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.guard.Finding;
import app.rapport.guard.Part;
import app.rapport.guard.RuleCode;
import app.rapport.guard.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

  static Finding at(Severity severity, Part part, int start, int end) {
    return Finding.at(RuleCode.GIFT, severity, "message " + start, part, start, end);
  }

  static List<String> texts(List<Model> pieces) {
    return pieces.stream().map(p -> (String) p.get("text")).toList();
  }

  @Test
  void a_span_is_cut_out_of_the_text_and_marked_with_its_finding_number() {
    List<Model> pieces =
        MarkedText.pieces(
            "Here is a gift card.", List.of(at(Severity.BLOCK, Part.BODY, 10, 19)), Part.BODY);
    assertThat(texts(pieces)).containsExactly("Here is a ", "gift card", ".");
    assertThat(pieces.get(1)).containsEntry("mark", "block").containsEntry("refs", "1");
    assertThat(pieces.get(0)).doesNotContainKey("mark");
  }

  @Test
  void overlapping_spans_make_pieces_marked_by_every_finding_that_covers_them() {
    List<Finding> findings =
        List.of(at(Severity.WARN, Part.BODY, 0, 6), at(Severity.BLOCK, Part.BODY, 3, 9));
    List<Model> pieces = MarkedText.pieces("abcdefghij", findings, Part.BODY);
    assertThat(texts(pieces)).containsExactly("abc", "def", "ghi", "j");
    assertThat(pieces.get(0)).containsEntry("mark", "warn").containsEntry("refs", "1");
    assertThat(pieces.get(1)).containsEntry("mark", "block").containsEntry("refs", "1,2");
    assertThat(pieces.get(2)).containsEntry("mark", "block").containsEntry("refs", "2");
  }

  @Test
  void spans_of_the_other_part_or_beyond_the_text_do_not_break_it() {
    List<Finding> findings =
        List.of(at(Severity.BLOCK, Part.SUBJECT, 0, 4), at(Severity.WARN, Part.BODY, 6, 500));
    List<Model> pieces = MarkedText.pieces("short text", findings, Part.BODY);
    assertThat(String.join("", texts(pieces))).isEqualTo("short text");
    assertThat(pieces.getLast()).containsEntry("text", "text").containsEntry("refs", "2");
  }

  @Test
  void a_span_edge_never_splits_a_character_outside_the_basic_plane() {
    String text = "coffee \u2615 and \uD83C\uDF81 gift";
    int inside = text.indexOf('\uDF81');
    List<Model> pieces =
        MarkedText.pieces(
            text, List.of(at(Severity.BLOCK, Part.BODY, inside, text.length())), Part.BODY);
    assertThat(pieces.get(1).get("text")).isEqualTo("\uD83C\uDF81 gift");
  }

  @Test
  void findings_are_listed_with_where_they_point_and_the_draft_is_blocked_or_clean() {
    Model marked =
        MarkedText.of(
            "Subject",
            "Body",
            List.of(Finding.onDraft(RuleCode.COOLDOWN, Severity.BLOCK, "invited last week")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) marked.get("findings");
    assertThat(findings.getFirst())
        .containsEntry("where", "about the whole draft")
        .containsEntry("code", "Cooldown");
    assertThat(marked).containsEntry("blocked", true).containsEntry("clean", false);
    assertThat(MarkedText.of(null, "Body", List.of()))
        .containsEntry("clean", true)
        .containsEntry("hasSubject", false);
  }
}
