package app.rapport.response.inbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Polls the reply inbox when {@code rapport.imap.host} is set: reads unseen messages, applies what
 * they say ({@link InboundMail}, {@link InboxEvidence}), and marks them seen. Plain Jakarta Mail,
 * with timeouts so a stuck server cannot hold the scheduler.
 *
 * <p>Several replicas may poll the same inbox: applying evidence is idempotent, so a message read
 * twice changes nothing the second time.
 */
@ApplicationScoped
public class InboxPoller {

  private static final Logger LOG = Logger.getLogger(InboxPoller.class);
  private static final String TIMEOUT_MS = "20000";

  /** What one poll did. */
  public record Poll(int read, int changed) {}

  private final ImapSettings settings;
  private final InboxEvidence evidence;

  public InboxPoller(ImapSettings settings, InboxEvidence evidence) {
    this.settings = settings;
    this.evidence = evidence;
  }

  @Scheduled(
      identity = "answers-inbox",
      every = "${rapport.imap.every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (settings.host().isEmpty()) {
      return;
    }
    try {
      poll();
    } catch (MessagingException e) {
      LOG.warnf("Could not read the reply inbox %s: %s", settings.host().get(), e.getMessage());
    }
  }

  public Poll poll() throws MessagingException {
    if (settings.host().isEmpty()) {
      return new Poll(0, 0);
    }
    String protocol = settings.ssl() ? "imaps" : "imap";
    Properties props = new Properties();
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
    props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
    props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
    if (settings.ssl()) {
      props.put("mail.imaps.ssl.checkserveridentity", "true");
    }
    Session session = Session.getInstance(props);
    int read = 0;
    int changed = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(
          settings.host().get(),
          settings.port(),
          settings.user().orElse(null),
          settings.password().orElse(null));
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message message : unseen) {
          read++;
          changed += apply(message);
          message.setFlag(Flags.Flag.SEEN, true);
        }
      } finally {
        folder.close(false);
      }
    }
    return new Poll(read, changed);
  }

  private int apply(Message message) {
    try {
      return evidence.apply(InboundMail.read(message));
    } catch (MessagingException | IOException | RuntimeException e) {
      // one unreadable message must not block the inbox: log it and move on
      LOG.warnf("Skipped an inbound message that could not be read: %s", e.toString());
      return 0;
    }
  }
}
