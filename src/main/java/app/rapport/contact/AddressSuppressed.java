package app.rapport.contact;

/**
 * Fired (synchronously, inside the transaction that wrote it) whenever an address is put on an
 * owner's suppression list, or confirmed there again: by an opt-out, a bounce, or the user. Other
 * features react before the transaction commits, e.g. by withdrawing drafts still waiting to be
 * sent to that person.
 *
 * @param dedupeKey the suppressed key ({@code e:} email or {@code u:} profile URL, normalised)
 */
public record AddressSuppressed(long ownerId, String dedupeKey, Suppression.Reason reason) {}
