package app.rapport.guard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * NO_CONTEXT: the body must contain at least one of the person-specific values (the post, the talk,
 * the organisation, the mutual connection). Seeds 000 and 003: the note that gets an answer is
 * "relevant, direct and responsive to something" the person did; a template that ignores the
 * context fields, or a contact with none, makes the invitation a mass mailing.
 */
public final class NoContextRule implements Rule {

  @Override
  public RuleCode code() {
    return RuleCode.NO_CONTEXT;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    List<String> snippets = draft.contextSnippets().stream().filter(s -> !s.isBlank()).toList();
    if (snippets.isEmpty()) {
      return List.of(
          Finding.onDraft(
              code(),
              Severity.BLOCK,
              "This contact has no context: nothing tells you why you are writing to this "
                  + "person rather than anyone else. Add the blog post, article, talk, "
                  + "organisation or mutual connection that brought you to them, and mention it. "
                  + "A note responsive to something they did gets answered; a letter without "
                  + "context gets none."));
    }
    if (snippets.stream().anyMatch(s -> Mentions.contains(draft.body(), s))) {
      return List.of();
    }
    String quoted = snippets.stream().map(Quote::of).collect(Collectors.joining(", "));
    return List.of(
        Finding.onDraft(
            code(),
            Severity.BLOCK,
            "Nothing in the message is about them: none of their context ("
                + quoted
                + ") appears in the body, so it reads like a mass mailing. Mention the post, talk, "
                + "organisation or mutual connection that brought you to them, and what you took "
                + "from it."));
  }
}
