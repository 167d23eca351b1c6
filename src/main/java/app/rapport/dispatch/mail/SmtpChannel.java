package app.rapport.dispatch.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/**
 * Delivers over SMTP, one connection per delivery, and classifies the outcome.
 *
 * <p>How the outcome is known: the conversation runs on a {@link PhaseTrackingTransport}, an
 * angus-mail {@code SMTPTransport} subclass that records which protocol step it entered (MAIL,
 * RCPT, DATA, end of data) and the first reply read in that step. {@link SmtpOutcome} turns that
 * phase, the reply codes and the exception into a {@link DeliveryResult}; above all, a lost reply
 * after the end of data becomes {@link OutcomeUnknown}, never a retry.
 *
 * <p>Other choices: the envelope names only the {@code To} address of the composed message (never
 * {@code getAllRecipients()}, so no header can add a recipient); all three socket timeouts are set
 * so a stalling server cannot hold the thread; STARTTLS is required when configured, server
 * identity is checked, and the QUIT reply is not awaited since the outcome is already known.
 */
public final class SmtpChannel implements EmailChannel {

  private final SmtpSettings settings;
  private final MessageComposer composer;
  private final Session session;
  private final String protocol;

  public SmtpChannel(SmtpSettings settings, MessageComposer composer) {
    this.settings = settings;
    this.composer = composer;
    this.protocol = settings.security() == SmtpSettings.Security.SSL ? "smtps" : "smtp";
    this.session = Session.getInstance(properties(settings, protocol));
  }

  public SmtpChannel(SmtpSettings settings) {
    this(settings, new MessageComposer());
  }

  @Override
  public DeliveryResult deliver(OutgoingEmail email) {
    MimeMessage message;
    Address[] envelope;
    try {
      message = composer.compose(session, email);
      envelope = new Address[] {message.getRecipients(Message.RecipientType.TO)[0]};
    } catch (UnsafeHeaderValue e) {
      return new PermanentFailure(
          "refused before sending: " + e.getMessage(),
          DeliveryResult.NO_REPLY_CODE,
          "toAddress".equals(e.fieldName()));
    } catch (MessagingException | RuntimeException e) {
      return new PermanentFailure(
          "could not compose the message: " + e, DeliveryResult.NO_REPLY_CODE, false);
    }
    PhaseTrackingTransport transport =
        new PhaseTrackingTransport(
            session,
            new URLName(protocol, settings.host(), settings.port(), null, null, null),
            protocol,
            settings.security() == SmtpSettings.Security.SSL);
    try {
      transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
      transport.sendMessage(message, envelope);
      return new Delivered(
          transport.getLastServerResponse().strip(), transport.getLastReturnCode());
    } catch (MessagingException | RuntimeException e) {
      return SmtpOutcome.classify(
          transport.phase(), transport.phaseReply(), transport.getLastReturnCode(), e);
    } finally {
      closeQuietly(transport);
    }
  }

  private static void closeQuietly(PhaseTrackingTransport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException e) {
      // The outcome is already decided; a failed QUIT changes nothing.
    }
  }

  private static Properties properties(SmtpSettings settings, String protocol) {
    String prefix = "mail." + protocol + ".";
    Properties props = new Properties();
    props.setProperty(prefix + "host", settings.host());
    props.setProperty(prefix + "port", Integer.toString(settings.port()));
    props.setProperty(prefix + "connectiontimeout", millis(settings.connectTimeout()));
    props.setProperty(prefix + "timeout", millis(settings.readTimeout()));
    props.setProperty(prefix + "writetimeout", millis(settings.writeTimeout()));
    props.setProperty(prefix + "auth", Boolean.toString(settings.username() != null));
    props.setProperty(prefix + "quitwait", "false");
    if (settings.localHostName() != null) {
      props.setProperty(prefix + "localhost", settings.localHostName());
    }
    switch (settings.security()) {
      case STARTTLS -> {
        props.setProperty(prefix + "starttls.enable", "true");
        props.setProperty(prefix + "starttls.required", "true");
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
      }
      case SSL -> {
        props.setProperty(prefix + "ssl.enable", "true");
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
      }
      case NONE -> {}
    }
    return props;
  }

  /** Milliseconds, at least 1: angus-mail reads 0 as "no timeout". */
  private static String millis(Duration timeout) {
    return Long.toString(Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
  }
}
