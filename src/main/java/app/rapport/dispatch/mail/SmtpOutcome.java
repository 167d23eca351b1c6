package app.rapport.dispatch.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Classifies a failed SMTP attempt from the phase it reached and the replies it got.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A positive reply to the end of data ({@link SmtpPhase#ACCEPTED}, or a 2xx read in {@link
 *       SmtpPhase#END_OF_DATA}) means delivered, whatever fails afterwards (QUIT, close).
 *   <li>The reply code is taken from the exception chain ({@code SMTPSendFailedException}, {@code
 *       SMTPAddressFailedException}, {@code SMTPSenderFailedException}, through causes and {@code
 *       getNextException()}), else from the first reply read in the failing phase, else (connect
 *       phase only, and only without an I/O error, which would make it stale) from the transport's
 *       last reply code.
 *   <li>4xx: transient at any phase, including the end of data (the server said "not now").
 *   <li>5xx: permanent from MAIL on, with {@code addressRejected} when RCPT was refused or the
 *       reply names a bad address (5.1.1, 5.1.2, 5.1.3, 5.1.10) at a later phase. During the
 *       connect phase (554 greeting, 535 authentication) it refuses our session, not this message,
 *       so it is transient and the dispatcher's backoff applies.
 *   <li>No reply (connect refused, timeout, dropped connection, EOF): unknown once the end of data
 *       has been sent, else transient.
 * </ol>
 */
final class SmtpOutcome {

  /**
   * RFC 3463 enhanced codes that say the recipient's address is wrong, read in a refusal of the end
   * of data (some servers accept every RCPT and refuse there): 5.1.1 bad mailbox, 5.1.2 bad system,
   * 5.1.3 bad syntax, 5.1.10 null MX (RFC 7505). One recipient per message, so it is this one. Not
   * at MAIL: a refusal there is about our sender, even when it quotes a 5.1.1 (sender checks).
   */
  private static final Pattern NO_SUCH_ADDRESS =
      Pattern.compile("(?<![\\d.])5\\.1\\.(?:1|2|3|10)(?!\\.?\\d)");

  private SmtpOutcome() {}

  static DeliveryResult classify(
      SmtpPhase phase, int phaseReply, int lastReturnCode, Exception failure) {
    String detail = phase.name().toLowerCase(Locale.ROOT) + ": " + describe(failure);
    if (phase == SmtpPhase.ACCEPTED) {
      return new Delivered("accepted, then " + detail, 250);
    }
    if (phase == SmtpPhase.END_OF_DATA && phaseReply >= 200 && phaseReply < 300) {
      return new Delivered("accepted with " + phaseReply + ", then " + detail, phaseReply);
    }
    int code = replyCode(phase, phaseReply, lastReturnCode, failure);
    if (phase == SmtpPhase.CONNECT) {
      return new TransientFailure(detail, code);
    }
    if (isNegative(code) && code < 500) {
      return new TransientFailure(detail, code);
    }
    if (isNegative(code)) {
      boolean addressRejected =
          phase == SmtpPhase.RCPT
              || find(failure, SMTPAddressFailedException.class) != null
              || (phase == SmtpPhase.END_OF_DATA
                  && NO_SUCH_ADDRESS.matcher(describe(failure)).find());
      return new PermanentFailure(detail, code, addressRejected);
    }
    if (phase == SmtpPhase.END_OF_DATA) {
      return new OutcomeUnknown(detail);
    }
    return new TransientFailure(detail, DeliveryResult.NO_REPLY_CODE);
  }

  private static int replyCode(
      SmtpPhase phase, int phaseReply, int lastReturnCode, Exception failure) {
    for (Throwable t : chain(failure)) {
      int code =
          switch (t) {
            case SMTPAddressFailedException e -> e.getReturnCode();
            case SMTPSenderFailedException e -> e.getReturnCode();
            case SMTPSendFailedException e -> e.getReturnCode();
            default -> DeliveryResult.NO_REPLY_CODE;
          };
      if (isNegative(code)) {
        return code;
      }
    }
    if (isNegative(phaseReply)) {
      return phaseReply;
    }
    if (phase == SmtpPhase.CONNECT
        && isNegative(lastReturnCode)
        && find(failure, IOException.class) == null) {
      return lastReturnCode;
    }
    return DeliveryResult.NO_REPLY_CODE;
  }

  private static boolean isNegative(int code) {
    return code >= 400 && code < 600;
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t : chain(failure)) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The exception, its causes and Jakarta Mail's next exceptions, each once, nearest first. */
  private static List<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Throwable> pending = new ArrayDeque<>();
    List<Throwable> ordered = new ArrayList<>();
    pending.add(failure);
    while (!pending.isEmpty()) {
      Throwable t = pending.poll();
      if (!seen.add(t)) {
        continue;
      }
      ordered.add(t);
      if (t instanceof MessagingException m && m.getNextException() != null) {
        pending.add(m.getNextException());
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
    }
    return ordered;
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t : chain(failure)) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage().strip());
      }
    }
    return text.toString();
  }
}
