package app.rapport.dispatch;

import app.rapport.dispatch.mail.EmailChannel;
import app.rapport.dispatch.mail.FileOutboxChannel;
import app.rapport.dispatch.mail.SmtpChannel;
import app.rapport.dispatch.mail.SmtpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Picks the email channel from configuration: SMTP when a host is set, else the file outbox. */
@ApplicationScoped
public class EmailChannels {

  private static final Logger LOG = Logger.getLogger(EmailChannels.class);

  @Produces
  @Singleton
  EmailChannel emailChannel(MailSettings mail) {
    if (mail.smtp().host().isPresent()) {
      MailSettings.Smtp smtp = mail.smtp();
      LOG.infof("Email goes over SMTP to %s:%d", smtp.host().get(), smtp.port());
      return new SmtpChannel(
          new SmtpSettings(
              smtp.host().get(),
              smtp.port(),
              smtp.username().orElse(null),
              smtp.password().orElse(null),
              SmtpSettings.Security.valueOf(smtp.security().toUpperCase(java.util.Locale.ROOT)),
              smtp.connectTimeout(),
              smtp.readTimeout(),
              smtp.writeTimeout(),
              null));
    }
    Path outbox = Path.of(mail.outbox()).toAbsolutePath();
    LOG.infof("Email goes to the file outbox %s (set SMTP_HOST to send for real)", outbox);
    return new FileOutboxChannel(outbox, ZoneOffset.UTC);
  }
}
