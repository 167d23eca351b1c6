package app.rapport.response.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The inbox that receives replies and bounces (the campaigns' Reply-To / envelope sender). */
@ConfigMapping(prefix = "rapport.imap")
public interface ImapSettings {

  /** IMAP server; unset = no inbox is polled. */
  Optional<String> host();

  @WithDefault("993")
  int port();

  /** IMAPS (TLS from the first byte); false = plain IMAP (tests, a local relay). */
  @WithDefault("true")
  boolean ssl();

  Optional<String> user();

  Optional<String> password();

  @WithDefault("INBOX")
  String folder();

  /** How often to poll ("off" disables the schedule). */
  @WithDefault("1m")
  String every();
}
