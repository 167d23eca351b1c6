package app.rapport.guard;

import java.util.List;
import java.util.Objects;

/**
 * One draft as the BLAST check sees it: its body and the recipient's own identity values.
 *
 * <p>The identity values (first name, last name, full name, company, email) are masked before
 * drafts are compared, because a template that merges only the name is still one message sent to
 * many people. Missing or blank values are dropped here so callers can pass a contact's fields as
 * they are.
 *
 * @param id the draft (invitation) id the finding is reported under
 * @param body the rendered body, as the recipient would read it
 * @param identityValues the recipient's identity fields; nulls and blanks are ignored
 */
public record BlastCandidate(long id, String body, List<String> identityValues) {

  public BlastCandidate {
    body = Objects.requireNonNullElse(body, "");
    identityValues =
        identityValues == null
            ? List.of()
            : identityValues.stream().filter(v -> v != null && !v.isBlank()).toList();
  }
}
