package app.rapport.draft.template;

/**
 * A drafted invitation's text, ready for the guard and the user's review.
 *
 * @param subject the email subject, one line; null when the template has none (manual channel)
 * @param body the plain-text body
 */
public record RenderedInvitation(String subject, String body) {}
