package app.rapport.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server on a fixed loopback port, started patiently.
 *
 * <p>Tests that point a running service at a fixed port often start the sink right after another
 * server on the same port closed, on a machine busy with other JVMs. GreenMail's default of two
 * seconds to come up, with no second try, failed in CI; this waits longer and retries the bind.
 */
public final class SmtpSink {
  private static final long STARTUP_TIMEOUT_MS = 30_000;
  private static final int ATTEMPTS = 5;

  private SmtpSink() {}

  /** Starts an SMTP sink on {@code 127.0.0.1:port}, or fails after a few patient attempts. */
  public static GreenMail on(int port) {
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
      GreenMail mail = new GreenMail(setup);
      try {
        mail.start();
        return mail;
      } catch (IllegalStateException e) {
        last = e;
        mail.stop();
        pause(attempt);
      }
    }
    throw last;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(250L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to bind the SMTP sink", e);
    }
  }
}
