package app.rapport.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * FIVE_POINTS: seed 001's checklist for asking someone for a coffee. Each missing point is its own
 * finding: (1) the intent up front, (2) how they benefit, (3) specifically what you want to
 * discuss, (4) how much time you need, (5) a very big, guilt-free out. Warnings, or blocks when the
 * campaign is strict. A missing intent points at the opening sentences where it belongs; the other
 * points have no place to point at and are about the whole draft.
 */
public final class FivePointsRule implements Rule {
  private final GuardSettings settings;

  public FivePointsRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.FIVE_POINTS;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    Severity severity = draft.strict() ? Severity.BLOCK : Severity.WARN;
    String body = draft.body();
    List<Finding> findings = new ArrayList<>();
    Span opening = Opening.of(body, settings.intentWithinSentences());
    if (!settings.intents().foundIn(opening.text())
        && !Mentions.contains(opening.text(), draft.intent())) {
      findings.add(
          Finding.at(
              code(),
              severity,
              "The opening doesn't say why you are writing. Say your intent up front, e.g. "
                  + "“I'm reaching out because …”: if you leave people to guess, most assume "
                  + "you will want something down the road.",
              Part.BODY,
              opening));
    }
    if (!ValueOffered.visibleIn(draft, settings)) {
      findings.add(Finding.onDraft(code(), severity, benefitMessage(draft)));
    }
    if (!Mentions.contains(body, draft.topic())
        && draft.contextSnippets().stream().noneMatch(s -> Mentions.contains(body, s))) {
      findings.add(Finding.onDraft(code(), severity, topicMessage(draft)));
    }
    if (!settings.durations().foundIn(body)) {
      findings.add(Finding.onDraft(code(), severity, timeMessage(draft)));
    }
    if (!settings.easyOuts().foundIn(body)) {
      findings.add(
          Finding.onDraft(
              code(),
              severity,
              "There is no easy way to say no. Give them a big, guilt-free out, e.g. “If the "
                  + "timing isn't right, no worries at all.” Being that open gets more yeses."));
    }
    return findings;
  }

  private static String benefitMessage(DraftUnderReview draft) {
    String example =
        draft.valueOffered().isBlank()
            ? "what you can share, who you can introduce them to, what they will learn"
            : Quote.of(draft.valueOffered());
    return "Nothing says what is in it for them. Give value before you ask: tell them how they "
        + "benefit from the call ("
        + example
        + ").";
  }

  private static String topicMessage(DraftUnderReview draft) {
    String example = draft.topic().isBlank() ? "" : ", e.g. " + Quote.of(draft.topic());
    return "The message doesn't say specifically what you would like to discuss. Name the topic"
        + example
        + ", and tie it to something they did.";
  }

  private static String timeMessage(DraftUnderReview draft) {
    int minutes = draft.minutesAsked() > 0 ? draft.minutesAsked() : 20;
    return "The message doesn't say how much time you are asking for. Ask for a short, fixed "
        + "slot, e.g. “"
        + minutes
        + " minutes”, so they can say yes without clearing an afternoon.";
  }
}
