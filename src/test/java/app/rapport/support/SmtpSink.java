package app.rapport.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A GreenMail SMTP server on a fixed loopback port, started patiently.
 *
 * <p>Tests that point a running service at a fixed port often start the sink right after another
 * server on the same port closed, on a machine busy with other JVMs. GreenMail's default of two
 * seconds to come up, with no second try, failed in CI; this waits longer and retries the bind.
 */
public final class SmtpSink {
  private static final long STARTUP_TIMEOUT_MS = 10_000;

  private SmtpSink() {}

  /** Starts an SMTP sink on {@code 127.0.0.1:port}, or fails after a minute of attempts. */
  public static GreenMail on(int port) {
    AtomicReference<GreenMail> started = new AtomicReference<>();
    await("an SMTP sink on port " + port)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> tryStart(port, started));
    return started.get();
  }

  private static boolean tryStart(int port, AtomicReference<GreenMail> started) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
    GreenMail mail = new GreenMail(setup);
    try {
      mail.start();
      started.set(mail);
      return true;
    } catch (IllegalStateException e) {
      mail.stop();
      return false;
    }
  }
}
