package app.rapport.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where email goes: a real SMTP server when {@code rapport.mail.smtp.host} is set, otherwise the
 * file outbox (every "sent" email becomes a {@code .eml} file a new user can open).
 */
@ConfigMapping(prefix = "rapport.mail")
public interface MailSettings {

  /** Folder of the file outbox. */
  @WithDefault("data/outbox")
  String outbox();

  /** Domain of generated Message-IDs when the sender's address has none to lend. */
  @WithDefault("rapport.local")
  String messageIdDomain();

  Smtp smtp();

  interface Smtp {
    Optional<String> host();

    @WithDefault("587")
    int port();

    Optional<String> username();

    Optional<String> password();

    /** NONE, STARTTLS or SSL. */
    @WithDefault("STARTTLS")
    String security();

    @WithDefault("PT10S")
    Duration connectTimeout();

    @WithDefault("PT30S")
    Duration readTimeout();

    @WithDefault("PT30S")
    Duration writeTimeout();
  }
}
