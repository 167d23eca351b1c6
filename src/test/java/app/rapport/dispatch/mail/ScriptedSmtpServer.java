package app.rapport.dispatch.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server that answers from a script, to produce the faults GreenMail cannot: a refusal
 * at a chosen phase, a connection dropped or a server stalling at a chosen point. One thread per
 * connection; {@link #close()} releases stalled threads and closes every socket.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

  /** In a script: close the connection instead of replying. */
  public static final String DROP = "<drop>";

  /** In a script: never reply (until the server is closed). */
  public static final String STALL = "<stall>";

  private static final String DELAY_PREFIX = "<delay:";

  /**
   * In a script: wait this long, then go on with the next line, e.g. {@code delay(ofMillis(1500)) +
   * "\n250 2.0.0 Ok"} for a slow server that still accepts. {@link #close()} cuts the wait short.
   */
  public static String delay(java.time.Duration wait) {
    return DELAY_PREFIX + wait.toMillis() + ">";
  }

  /** The reply for each phase of one transaction. */
  public record Script(String greeting, String mail, String rcpt, String data, String endOfData) {

    public static Script accepting() {
      return new Script(
          "220 scripted.test ESMTP",
          "250 2.1.0 Sender ok",
          "250 2.1.5 Recipient ok",
          "354 End data with <CR><LF>.<CR><LF>",
          "250 2.0.0 Ok: queued as 4F2A");
    }

    public Script greeting(String reply) {
      return new Script(reply, mail, rcpt, data, endOfData);
    }

    public Script mail(String reply) {
      return new Script(greeting, reply, rcpt, data, endOfData);
    }

    public Script rcpt(String reply) {
      return new Script(greeting, mail, reply, data, endOfData);
    }

    public Script data(String reply) {
      return new Script(greeting, mail, rcpt, reply, endOfData);
    }

    public Script endOfData(String reply) {
      return new Script(greeting, mail, rcpt, data, reply);
    }
  }

  private final Script script;
  private final ServerSocket server;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger messagesReceived = new AtomicInteger();

  public ScriptedSmtpServer(Script script) {
    this(script, 0);
  }

  /** On a fixed port, for a service configured to send to it. */
  public ScriptedSmtpServer(Script script, int port) {
    this.script = script;
    try {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofPlatform().daemon().name("scripted-smtp-accept").start(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Commands received on all connections, in order, e.g. {@code "RCPT TO:<a@b>"}. */
  public List<String> commands() {
    return List.copyOf(commands);
  }

  public int connections() {
    return connections.get();
  }

  /** Messages whose terminating {@code .} line arrived. */
  public int messagesReceived() {
    return messagesReceived.get();
  }

  @Override
  public void close() throws IOException {
    closing.countDown();
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        connections.incrementAndGet();
        Thread.ofPlatform().daemon().name("scripted-smtp-conn").start(() -> converse(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket socket) {
    try (socket) {
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      if (!reply(out, script.greeting())) {
        return;
      }
      String line;
      while ((line = in.readLine()) != null) {
        commands.add(line);
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
        boolean open =
            switch (verb) {
              case "EHLO", "HELO" -> reply(out, "250 scripted.test");
              case "MAIL" -> reply(out, script.mail());
              case "RCPT" -> reply(out, script.rcpt());
              case "DATA" -> reply(out, script.data()) && receiveData(in, out);
              case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
              case "QUIT" -> reply(out, "221 2.0.0 Bye") && false;
              default -> reply(out, "502 5.5.2 Command not recognized");
            };
        if (!open) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away; nothing to record.
    }
  }

  private boolean receiveData(BufferedReader in, OutputStream out) throws IOException {
    if (!script.data().startsWith("354")) {
      return true;
    }
    String line;
    while ((line = in.readLine()) != null) {
      if (line.equals(".")) {
        messagesReceived.incrementAndGet();
        return reply(out, script.endOfData());
      }
    }
    return false;
  }

  /**
   * Sends the scripted reply line by line ({@code "\n"} separates lines, so {@code "451 ...\n" +
   * DROP} replies and then hangs up); false when the script says to drop or stall.
   */
  private boolean reply(OutputStream out, String reply) throws IOException {
    for (String line : reply.split("\n")) {
      if (DROP.equals(line)) {
        return false;
      }
      if (line.startsWith(DELAY_PREFIX)) {
        long millis = Long.parseLong(line.substring(DELAY_PREFIX.length(), line.length() - 1));
        try {
          if (closing.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return false;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
        continue;
      }
      if (STALL.equals(line)) {
        try {
          closing.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return false;
      }
      out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    return true;
  }
}
