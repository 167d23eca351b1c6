package app.rapport.dispatch.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;

/**
 * A MimeMessage that keeps the Message-ID the dispatcher stored before sending.
 *
 * <p>{@link MimeMessage#saveChanges()} calls {@link #updateMessageID()}, which by default invents a
 * fresh id from the clock and host name. That would break the link between the database row and the
 * mail actually received (and any answer that quotes it), so we override it to write back the
 * stored id, which has been checked against the RFC 5322 {@code msg-id} form.
 */
final class FixedIdMimeMessage extends MimeMessage {

  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String DOT_ATOM = ATEXT + "(?:\\." + ATEXT + ")*";
  private static final Pattern MESSAGE_ID = Pattern.compile("<" + DOT_ATOM + "@" + DOT_ATOM + ">");
  private static final int MAX_LENGTH = 250;

  private final String messageId;

  FixedIdMimeMessage(Session session, String messageId) {
    super(session);
    this.messageId = requireValid(messageId);
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }

  /**
   * Returns {@code messageId} if it has the form {@code <local@domain>} (dot-atoms on both sides,
   * at most 250 characters), else throws.
   */
  static String requireValid(String messageId) {
    HeaderText.requireSafe("messageId", messageId);
    if (messageId.length() > MAX_LENGTH || !MESSAGE_ID.matcher(messageId).matches()) {
      throw new UnsafeHeaderValue("messageId", "not of the form <local@domain>");
    }
    return messageId;
  }
}
