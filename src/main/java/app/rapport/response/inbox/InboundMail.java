package app.rapport.response.inbox;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an inbound message as {@link MailEvidence}, in this order:
 *
 * <ol>
 *   <li>a delivery status notification ({@code multipart/report; report-type=delivery-status}, RFC
 *       3464): a bounce when an action is {@code failed} (or the status is 5.x.x), with the
 *       Message-ID of the returned original ({@code message/rfc822} or {@code
 *       text/rfc822-headers}); delays and successes are nothing;
 *   <li>a non-standard bounce (from MAILER-DAEMON or postmaster, or a "delivery failure" subject)
 *       quoting the original's {@code Message-ID:} header;
 *   <li>an automatic reply ({@code Auto-Submitted} other than "no", {@code X-Autoreply}, {@code
 *       Precedence: auto_reply}): nothing — an out-of-office is not an answer;
 *   <li>a reply: the ids in {@code In-Reply-To} and {@code References}.
 * </ol>
 */
public final class InboundMail {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");
  private static final Pattern QUOTED_ID =
      Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]{1,250}>)");
  private static final Pattern BOUNCE_SENDER =
      Pattern.compile("(?i)mailer-daemon|postmaster|mail delivery (sub)?system");
  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?i)undeliver|delivery status notification \\(failure\\)|failure notice|returned mail"
              + "|delivery (has )?failed|mail delivery failed");
  private static final int MAX_IDS = 50;
  private static final int MAX_BYTES = 512 * 1024;

  private InboundMail() {}

  public static MailEvidence read(Message message) throws MessagingException, IOException {
    if (isDeliveryReport(message)) {
      return deliveryReport((Multipart) message.getContent());
    }
    if (looksLikeBounce(message)) {
      List<String> ids = quotedIds(text(message));
      return ids.isEmpty()
          ? new MailEvidence.Nothing("a bounce without the original Message-ID")
          : new MailEvidence.Bounce(ids, null);
    }
    if (isAutomatic(message)) {
      return new MailEvidence.Nothing("an automatic reply");
    }
    List<String> references = new ArrayList<>();
    references.addAll(ids(message.getHeader("In-Reply-To")));
    references.addAll(ids(message.getHeader("References")));
    return references.isEmpty()
        ? new MailEvidence.Nothing("not a reply to a known message")
        : new MailEvidence.Reply(List.copyOf(new LinkedHashSet<>(references)));
  }

  private static boolean isDeliveryReport(Message message) throws MessagingException {
    try {
      ContentType type = new ContentType(message.getContentType());
      return type.match("multipart/report")
          && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
    } catch (ParseException e) {
      return false;
    }
  }

  private static MailEvidence deliveryReport(Multipart report)
      throws MessagingException, IOException {
    boolean failed = false;
    String status = null;
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < report.getCount(); i++) {
      BodyPart part = report.getBodyPart(i);
      if (part.isMimeType("message/delivery-status")) {
        for (String line : read(part.getInputStream()).split("\\r?\\n")) {
          String lower = line.toLowerCase(Locale.ROOT).strip();
          if (lower.startsWith("action:") && lower.substring(7).strip().startsWith("failed")) {
            failed = true;
          }
          if (lower.startsWith("status:")) {
            String code = lower.substring(7).strip().split("\\s")[0];
            if (code.startsWith("5.")) {
              failed = true;
            }
            status = status == null ? code : status;
          }
        }
      } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
        try (InputStream in = part.getInputStream()) {
          InternetHeaders headers = new InternetHeaders(in);
          originals.addAll(ids(headers.getHeader("Message-ID")));
        }
      }
    }
    if (!failed) {
      return new MailEvidence.Nothing("a delivery report that is not a failure");
    }
    return originals.isEmpty()
        ? new MailEvidence.Nothing("a failure report without the original Message-ID")
        : new MailEvidence.Bounce(List.copyOf(originals), status);
  }

  private static boolean looksLikeBounce(Message message) throws MessagingException {
    String from = String.join(" ", headerValues(message, "From"));
    String subject = message.getSubject() == null ? "" : message.getSubject();
    return BOUNCE_SENDER.matcher(from).find() || BOUNCE_SUBJECT.matcher(subject).find();
  }

  private static boolean isAutomatic(Message message) throws MessagingException {
    for (String value : headerValues(message, "Auto-Submitted")) {
      if (!value.strip().equalsIgnoreCase("no")) {
        return true;
      }
    }
    if (headerValues(message, "X-Autoreply").length > 0
        || headerValues(message, "X-Autorespond").length > 0) {
      return true;
    }
    for (String value : headerValues(message, "Precedence")) {
      if (value.strip().equalsIgnoreCase("auto_reply")) {
        return true;
      }
    }
    return false;
  }

  private static String[] headerValues(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null ? new String[0] : values;
  }

  /** The text of a message and its parts, bounded, for quoted headers in odd bounces. */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount() && all.length() < MAX_BYTES; i++) {
        all.append(text(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    try (InputStream in = part.getInputStream()) {
      return read(in);
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
  }

  static List<String> quotedIds(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = QUOTED_ID.matcher(text);
    while (matcher.find() && found.size() < MAX_IDS) {
      found.add(matcher.group(1));
    }
    return List.copyOf(found);
  }

  static List<String> ids(String[] headers) {
    if (headers == null) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (String header : headers) {
      Matcher matcher = MESSAGE_ID.matcher(header);
      while (matcher.find() && found.size() < MAX_IDS) {
        found.add(matcher.group());
      }
    }
    return List.copyOf(found);
  }
}
