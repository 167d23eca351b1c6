package app.rapport.dispatch.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link SmtpChannel} talks SMTP.
 *
 * <p>All three timeouts are required and positive because angus-mail's defaults are infinite: a
 * server that accepts the connection and then stalls would otherwise hold a dispatcher thread (and
 * the invitation's claim) forever.
 *
 * @param username null for no authentication
 * @param password null when {@code username} is null
 * @param localHostName name sent with EHLO; null lets angus-mail use the local host name
 */
public record SmtpSettings(
    String host,
    int port,
    String username,
    String password,
    Security security,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    String localHostName) {

  /** Transport security. */
  public enum Security {
    /** Plain SMTP; for local relays and tests. */
    NONE,
    /** STARTTLS, required: the session fails rather than continue in clear text. */
    STARTTLS,
    /** Implicit TLS (SMTPS, usually port 465). */
    SSL
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    HeaderText.requireSafe("host", host);
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (password != null && username == null) {
      throw new IllegalArgumentException("password given without username");
    }
    if (localHostName != null) {
      HeaderText.requireSafe("localHostName", localHostName);
    }
    Objects.requireNonNull(security, "security");
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("readTimeout", readTimeout);
    requirePositive("writeTimeout", writeTimeout);
  }

  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "SmtpSettings[host=%s, port=%d, username=%s, password=%s, security=%s, connectTimeout=%s, readTimeout=%s, writeTimeout=%s, localHostName=%s]"
        .formatted(
            host,
            port,
            username,
            password == null ? null : "***",
            security,
            connectTimeout,
            readTimeout,
            writeTimeout,
            localHostName);
  }

  private static void requirePositive(String name, Duration timeout) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(name + " must be positive (0 would mean no timeout)");
    }
  }
}
