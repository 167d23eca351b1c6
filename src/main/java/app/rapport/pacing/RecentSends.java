package app.rapport.pacing;

/**
 * What came of a campaign's latest sends, as the safeguards read them.
 *
 * @param sends how many sends the window holds (at most N; fewer early in a campaign)
 * @param bounces how many of those bounced
 * @param optOuts how many of those opted out
 * @param matured how many of the latest N sends old enough to judge acceptance there are
 * @param maturedAccepted how many of the matured ones were accepted (or met)
 */
public record RecentSends(int sends, int bounces, int optOuts, int matured, int maturedAccepted) {

  public static final RecentSends NONE = new RecentSends(0, 0, 0, 0, 0);

  public RecentSends {
    if (sends < 0 || bounces < 0 || optOuts < 0 || matured < 0 || maturedAccepted < 0) {
      throw new IllegalArgumentException("Counts cannot be negative.");
    }
    if (bounces + optOuts > sends || maturedAccepted > matured) {
      throw new IllegalArgumentException("A part cannot exceed its whole.");
    }
  }
}
