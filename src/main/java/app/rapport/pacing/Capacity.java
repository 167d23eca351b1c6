package app.rapport.pacing;

/**
 * How many coffees a week the user can hold, and how many accepted invitations are still waiting
 * for their meeting.
 *
 * @param coffeesPerWeek the user's own limit; null when they set none
 * @param waitingToMeet accepted invitations not yet recorded as met, across campaigns
 */
public record Capacity(Integer coffeesPerWeek, int waitingToMeet) {

  public static final Capacity UNLIMITED = new Capacity(null, 0);

  public Capacity {
    if (coffeesPerWeek != null && coffeesPerWeek < 0) {
      throw new IllegalArgumentException("Coffees per week cannot be negative.");
    }
    if (waitingToMeet < 0) {
      throw new IllegalArgumentException("Waiting invitations cannot be negative.");
    }
  }
}
