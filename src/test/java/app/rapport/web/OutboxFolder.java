package app.rapport.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads what the file outbox "sent": every {@code .eml} under a folder, parsed the way a mail
 * client would, so a test follows a link from the message a recipient would get.
 */
record OutboxFolder(Path root) {

  private static final Session SESSION = Session.getInstance(new Properties());

  /** The messages from {@code sender}, in file order. */
  List<MimeMessage> from(String sender) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".eml"))
          .sorted()
          .map(OutboxFolder::read)
          .filter(m -> sender.equals(address(m)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message's plain text, decoded (quoted-printable, base64) as a mail client shows it. */
  static String text(Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          BodyPart child = parts.getBodyPart(i);
          String text = text(child);
          if (!text.isEmpty()) {
            return text;
          }
        }
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first recipient's address. */
  static String recipient(MimeMessage message) {
    try {
      return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(MimeMessage message) {
    try {
      return ((InternetAddress) message.getFrom()[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(SESSION, in);
      message.getContent(); // parse now, while the file is open
      return message;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(file + " is not a message", e);
    }
  }
}
