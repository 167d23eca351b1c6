package app.rapport.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * PLATITUDE: flattery and filler ("love your work", "great to meet you", "let's connect") could be
 * sent to anyone. Seed 003: the author's "It's great to meet you! I love your work!" to a
 * bestselling author got no call back; show you know their work instead. Each phrase warns; the
 * message says whether a specific mention already carries the note (then the phrase is just
 * padding) or whether the flattery is all the personal part there is.
 */
public final class PlatitudeRule implements Rule {
  private final GuardSettings settings;

  public PlatitudeRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.PLATITUDE;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    boolean specific =
        draft.contextSnippets().stream().anyMatch(s -> Mentions.contains(draft.body(), s));
    List<Finding> findings = new ArrayList<>();
    for (Part part : List.of(Part.SUBJECT, Part.BODY)) {
      for (Span phrase : settings.platitudes().findIn(draft.text(part))) {
        findings.add(Finding.at(code(), Severity.WARN, message(phrase, specific), part, phrase));
      }
    }
    return findings;
  }

  private static String message(Span phrase, boolean specific) {
    String advice =
        specific
            ? " The specific part about them already does the job; cut this line or replace "
                + "it with what you took from their work."
            : " Right now it is the only personal part. Name the post, talk or project and what "
                + "you took from it.";
    return phrase.quoted()
        + " could be sent to anyone: flattery like “great to meet you, I love your work” gets "
        + "no answer from busy people."
        + advice;
  }
}
