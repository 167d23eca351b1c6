package app.rapport.dispatch.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * angus-mail's SMTPTransport, remembering which phase of the transaction it reached.
 *
 * <p>Why a subclass: the exception angus throws does not say whether the message data was already
 * complete on the server's side. A read timeout while waiting for the greeting and one while
 * waiting for the reply to the final {@code .} are the same {@code MessagingException} wrapping a
 * {@code SocketTimeoutException}, yet the first is safe to retry and the second may have delivered
 * the message. A {@code TransportListener} cannot tell either (its events only say delivered / not
 * delivered, asynchronously). SMTPTransport exposes each step as an overridable {@code protected}
 * method ({@code mailFrom()}, {@code rcptTo()}, {@code data()}, {@code finishData()}, {@code
 * finishBdat()}), called on the sending thread in protocol order, so we record the phase on entry
 * to each and mark {@link SmtpPhase#ACCEPTED} only when {@code finishData()} returns, which angus
 * does only after reading a 250 reply.
 *
 * <p>{@link SmtpPhase#END_OF_DATA} is entered <em>before</em> the dot is written. A failure while
 * flushing buffered content together with the dot is therefore reported as unknown, never as
 * retryable: we prefer a manual check to a duplicate invitation.
 */
final class PhaseTrackingTransport extends SMTPTransport {

  /** {@link #phaseReply()} before any reply was read in the current phase. */
  static final int NO_REPLY = DeliveryResult.NO_REPLY_CODE;

  private volatile SmtpPhase phase = SmtpPhase.CONNECT;
  private volatile int phaseReply = NO_REPLY;

  PhaseTrackingTransport(Session session, URLName url, String protocol, boolean ssl) {
    super(session, url, protocol, ssl);
  }

  SmtpPhase phase() {
    return phase;
  }

  /**
   * The first reply code read since entering the current phase, i.e. the server's answer to that
   * phase's command (for {@link SmtpPhase#END_OF_DATA}: the verdict on the message), or {@link
   * #NO_REPLY}. Kept apart from angus' last reply code because angus sends RSET after a refusal and
   * may throw for that instead, losing the code that mattered.
   */
  int phaseReply() {
    return phaseReply;
  }

  @Override
  protected int readServerResponse() throws MessagingException {
    int code = super.readServerResponse();
    if (phaseReply == NO_REPLY && code >= 200 && code < 600) {
      phaseReply = code;
    }
    return code;
  }

  private void enter(SmtpPhase next) {
    phase = next;
    phaseReply = NO_REPLY;
  }

  @Override
  protected void mailFrom() throws MessagingException {
    enter(SmtpPhase.MAIL);
    super.mailFrom();
  }

  @Override
  protected void rcptTo() throws MessagingException {
    enter(SmtpPhase.RCPT);
    super.rcptTo();
  }

  @Override
  protected OutputStream data() throws MessagingException {
    enter(SmtpPhase.DATA);
    return super.data();
  }

  @Override
  protected void finishData() throws IOException, MessagingException {
    enter(SmtpPhase.END_OF_DATA);
    super.finishData();
    phase = SmtpPhase.ACCEPTED;
  }

  @Override
  protected OutputStream bdat() throws MessagingException {
    enter(SmtpPhase.DATA);
    return super.bdat();
  }

  @Override
  protected void finishBdat() throws IOException, MessagingException {
    enter(SmtpPhase.END_OF_DATA);
    super.finishBdat();
    phase = SmtpPhase.ACCEPTED;
  }
}
