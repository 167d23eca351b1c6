package app.rapport.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CHANNEL: what the channel cannot carry, or what makes a personal note look like marketing: a body
 * longer than the channel allows (a LinkedIn connection note holds 300 characters), more links than
 * {@code channel.maxLinks}, attachments, tracking pixels. All block.
 */
public final class ChannelRule implements Rule {
  private static final Pattern LINK =
      Pattern.compile(
          "(?<![\\w@])(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TINY =
      Pattern.compile(
          "(?:width|height)\\s*[=:]\\s*[\"']?\\s*[01](?:px)?(?![\\d.])|display\\s*:\\s*none",
          Pattern.CASE_INSENSITIVE);

  private final GuardSettings settings;

  public ChannelRule(GuardSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleCode code() {
    return RuleCode.CHANNEL;
  }

  @Override
  public List<Finding> check(DraftUnderReview draft) {
    String body = draft.body();
    List<Finding> findings = new ArrayList<>();
    int length = body.codePointCount(0, body.length());
    if (draft.maxLength() > 0 && length > draft.maxLength()) {
      Span cut = Span.of(body, body.offsetByCodePoints(0, draft.maxLength()), body.length());
      findings.add(block(tooLong(length, draft.maxLength(), body, cut), cut));
    }
    List<Span> links = links(body);
    for (int i = settings.maxLinks(); i < links.size(); i++) {
      findings.add(block(tooManyLinks(links.get(i), i + 1, links.size()), links.get(i)));
    }
    Matcher image = IMAGE.matcher(body);
    while (image.find()) {
      if (TINY.matcher(image.group()).find()) {
        Span pixel = Span.of(body, image.start(), image.end());
        findings.add(
            block(
                pixel.quoted()
                    + " looks like a tracking pixel. Remove it: Rapport learns from the "
                    + "answers people give, not by watching them open mail.",
                pixel));
      }
    }
    for (Span attachment : settings.attachments().findIn(body)) {
      findings.add(
          block(
              attachment.quoted()
                  + ": don't attach files to a first invitation; attachments look like "
                  + "marketing and land in spam. Say the one useful thing in a sentence instead.",
              attachment));
    }
    return findings;
  }

  private Finding block(String message, Span span) {
    return Finding.at(code(), Severity.BLOCK, message, Part.BODY, span);
  }

  /** The message quotes the cut from the start of the word it falls in, for readability. */
  private static String tooLong(int length, int max, String body, Span cut) {
    int wordStart = cut.start();
    if (Character.isWhitespace(body.charAt(wordStart))) {
      while (wordStart < body.length() - 1 && Character.isWhitespace(body.charAt(wordStart))) {
        wordStart++;
      }
    } else {
      while (wordStart > 0 && !Character.isWhitespace(body.charAt(wordStart - 1))) {
        wordStart--;
      }
    }
    return "The message is "
        + length
        + " characters; this channel takes "
        + max
        + ", so it would be cut off around "
        + Quote.of(body.substring(wordStart))
        + ". Shorten it by "
        + (length - max)
        + " characters: one specific line about them, the ask and the out are enough.";
  }

  private String tooManyLinks(Span link, int number, int total) {
    return link.quoted()
        + " is link "
        + number
        + " of "
        + total
        + "; keep at most "
        + settings.maxLinks()
        + ". A first note full of links reads as marketing, and spam filters agree.";
  }

  private static List<Span> links(String body) {
    List<Span> links = new ArrayList<>();
    Matcher m = LINK.matcher(body);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?".indexOf(body.charAt(end - 1)) >= 0) {
        end--;
      }
      links.add(Span.of(body, m.start(), end));
    }
    return links;
  }
}
