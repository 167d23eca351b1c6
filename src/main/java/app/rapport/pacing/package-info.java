/**
 * The daily plan of a campaign: how many invitations may go on a local day (cap, ramp-up, weekdays,
 * the operator's ceiling) and when (slots spread over the sending window on the instant timeline,
 * in the campaign's own zone), plus the per-sender budget across campaigns.
 *
 * <p>Pure Java: no framework imports, no clock reads. Time comes in as a {@code LocalDate} or an
 * {@code Instant}; nothing here depends on the JVM's default zone.
 */
package app.rapport.pacing;
