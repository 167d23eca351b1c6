package app.rapport.dispatch.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

/**
 * Writes each invitation as a complete RFC 5322 message to {@code
 * <directory>/<yyyy-MM-dd>/<message-id>.eml}, for running without an SMTP server or handing mail to
 * another tool.
 *
 * <p>The day folder comes from the email's own Date (in the given zone), not from the clock, so a
 * retry of the same invitation lands on the same path. The file name is the Message-ID without its
 * angle brackets, with every character outside {@code [A-Za-z0-9._@-]} written as {@code %XX}; the
 * mapping is one-to-one, so distinct Message-IDs never share a file.
 *
 * <p>Writes are atomic: the message goes to a hidden temporary file in the same folder, is forced
 * to disk, then moved into place with {@code ATOMIC_MOVE}, so a reader never sees half a message.
 * An existing file for the Message-ID is never replaced: a second delivery returns {@link
 * Delivered} without writing, which makes redelivery idempotent. (Two deliveries of the same
 * Message-ID racing each other could both pass that check; the claim in the dispatcher prevents it,
 * and the atomic move would still leave a single complete file.)
 */
public final class FileOutboxChannel implements EmailChannel {

  private static final int MAX_FILE_NAME_LENGTH = 240;

  private final Path directory;
  private final ZoneId zone;
  private final MessageComposer composer;
  private final Session session = Session.getInstance(new Properties());

  public FileOutboxChannel(Path directory, ZoneId zone, MessageComposer composer) {
    this.directory = directory;
    this.zone = zone;
    this.composer = composer;
  }

  public FileOutboxChannel(Path directory, ZoneId zone) {
    this(directory, zone, new MessageComposer());
  }

  @Override
  public DeliveryResult deliver(OutgoingEmail email) {
    MimeMessage message;
    Path target;
    try {
      message = composer.compose(session, email);
      target =
          directory
              .resolve(LocalDate.ofInstant(email.date(), zone).toString())
              .resolve(fileName(email.messageId()));
    } catch (UnsafeHeaderValue e) {
      return new PermanentFailure(
          "refused before writing: " + e.getMessage(),
          DeliveryResult.NO_REPLY_CODE,
          "toAddress".equals(e.fieldName()));
    } catch (RuntimeException e) {
      return new PermanentFailure(
          "could not compose the message: " + e, DeliveryResult.NO_REPLY_CODE, false);
    }
    if (Files.exists(target)) {
      return new Delivered("already in the outbox: " + target, DeliveryResult.NO_REPLY_CODE);
    }
    try {
      write(message, target);
      return new Delivered("written to " + target, DeliveryResult.NO_REPLY_CODE);
    } catch (IOException | MessagingException e) {
      return new TransientFailure(
          "could not write " + target + ": " + e, DeliveryResult.NO_REPLY_CODE);
    }
  }

  /** The file name for a Message-ID; one-to-one, safe on common file systems. */
  static String fileName(String messageId) {
    String id = FixedIdMimeMessage.requireValid(messageId);
    StringBuilder name = new StringBuilder();
    for (char c : id.substring(1, id.length() - 1).toCharArray()) {
      boolean kept =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '@'
              || c == '-';
      name.append(kept ? String.valueOf(c) : String.format("%%%02X", (int) c));
    }
    name.append(".eml");
    if (name.length() > MAX_FILE_NAME_LENGTH) {
      throw new UnsafeHeaderValue("messageId", "too long for an outbox file name");
    }
    return name.toString();
  }

  private static void write(MimeMessage message, Path target)
      throws IOException, MessagingException {
    Path day = target.getParent();
    Files.createDirectories(day);
    Path temp = Files.createTempFile(day, ".", ".eml.part");
    try {
      try (FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(file)) {
        message.writeTo(out);
        out.flush();
        file.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(day);
  }

  /** Makes the new directory entry durable where the platform allows it (not on Windows). */
  private static void forceDirectory(Path day) {
    try (FileChannel dir = FileChannel.open(day, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Best effort: the file itself is already forced and complete.
    }
  }
}
