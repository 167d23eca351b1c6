package app.rapport.response.token;

/**
 * What a valid answer link says: which invitation, for what, and which key signed it (to see when
 * old keys can be retired).
 */
public record VerifiedToken(long invitationId, AnswerPurpose purpose, String keyId) {}
