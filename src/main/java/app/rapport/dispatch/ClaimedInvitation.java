package app.rapport.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invitation this replica has claimed: committed as SENDING with its token before any send. */
record ClaimedInvitation(
    long id,
    long ownerId,
    long campaignId,
    UUID claimToken,
    String messageId,
    Instant emailDate,
    LocalDate quotaDay,
    LocalDate senderDay,
    int attempts) {}
