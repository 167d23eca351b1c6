package app.rapport.guard;

/**
 * Whether the body tells the recipient what is in it for them: the campaign's value offered as
 * written, or a phrase that offers something ("happy to share", "I can introduce you"). Seeds 001
 * and 003 both ask for value before the ask; a value set on the campaign but never rendered into
 * the body does not count, because the recipient never sees it.
 */
final class ValueOffered {
  private ValueOffered() {}

  static boolean visibleIn(DraftUnderReview draft, GuardSettings settings) {
    return Mentions.contains(draft.body(), draft.valueOffered())
        || settings.benefits().foundIn(draft.body());
  }
}
