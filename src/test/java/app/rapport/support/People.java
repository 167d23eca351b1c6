package app.rapport.support;

/**
 * Generates people whose context really differs from one to the next (distinct posts and notes), so
 * their drafts are specific and the guard's BLAST rule has no reason to block them.
 */
public final class People {

  private static final String[] SUBJECTS = {
    "stream processing", "schema evolution", "data contracts", "query planning",
        "cache invalidation",
    "feature flags", "incident reviews", "on-call rotations", "API versioning", "test flakiness",
    "cost attribution", "privacy engineering", "event sourcing", "capacity planning",
        "code review habits"
  };
  private static final String[] ANGLES = {
    "lessons from a failed migration", "what we got wrong at first",
        "a field guide for small teams",
    "the numbers after one year", "why the obvious fix backfired", "notes from three rewrites",
    "a checklist we actually use", "how the pager taught us", "trade-offs nobody mentions"
  };
  private static final String[] NOTES = {
    "the diagram of the retry path", "your table comparing the three designs",
        "the story about the Friday deploy",
    "the honest cost breakdown", "your advice on saying no to scope",
        "the part on measuring before tuning",
    "how you ran the pilot with two customers", "the warning about hidden coupling",
        "your list of questions for vendors",
    "the sketch of the rollout plan", "the section on naming things",
        "your take on hiring generalists"
  };

  private People() {}

  /** A CSV with a header and {@code count} people, each with a blog post of their own. */
  public static String csv(int count) {
    return csv(count, false);
  }

  /**
   * As {@link #csv(int)}; {@code brief} keeps titles and notes short enough for a 300-character
   * LinkedIn note.
   */
  public static String csv(int count, boolean brief) {
    StringBuilder csv =
        new StringBuilder(
            "First Name,Last Name,Email,Profile URL,Context Type,Context Title,Context Note\n");
    for (int i = 0; i < count; i++) {
      String title =
          brief
              ? capitalise(SUBJECTS[i % SUBJECTS.length])
              : capitalise(SUBJECTS[i % SUBJECTS.length])
                  + ": "
                  + ANGLES[(i / SUBJECTS.length + i) % ANGLES.length];
      String note =
          brief
              ? NOTES[(i * 7) % NOTES.length]
              : NOTES[(i * 7) % NOTES.length]
                  + " and the follow-up on "
                  + SUBJECTS[(i * 4 + 3) % SUBJECTS.length];
      csv.append("Person")
          .append(i)
          .append(",Number")
          .append(i)
          .append(",person")
          .append(i)
          .append("@example.com,")
          .append("https://www.linkedin.com/in/person")
          .append(i)
          .append(",blog post,\"")
          .append(title)
          .append(" (part ")
          .append(i + 1)
          .append(")\",\"")
          .append(note)
          .append("\"\n");
    }
    return csv.toString();
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
