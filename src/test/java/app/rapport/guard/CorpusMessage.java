package app.rapport.guard;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.Relationship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message of the guard's corpus: a file with a small header (the rule codes a careful reader
 * expects, and the campaign and contact fields), a line {@code ---}, then the body as sent. Keys
 * left out take the defaults of an email to a peer with no subject, limit or history.
 */
record CorpusMessage(String name, Set<RuleCode> expected, DraftUnderReview draft) {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String SEPARATOR = "\n---\n";

  static CorpusMessage read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int split = text.indexOf(SEPARATOR);
    if (split < 0) {
      throw new IllegalArgumentException(file + ": no '---' line between header and body");
    }
    Map<String, String> header = new HashMap<>();
    for (String line : text.substring(0, split).split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(file + ": header line without a colon: " + line);
      }
      header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    String body = text.substring(split + SEPARATOR.length()).stripTrailing();
    DraftUnderReview draft =
        new DraftUnderReview(
            blankToNull(header.get("subject")),
            body,
            Channel.valueOf(header.getOrDefault("channel", "EMAIL")),
            Integer.parseInt(header.getOrDefault("maxLength", "0")),
            Boolean.parseBoolean(header.getOrDefault("strict", "false")),
            Relationship.valueOf(header.getOrDefault("relationship", "PEER")),
            split(header.get("context")),
            date(header.get("contextDate")),
            header.get("intent"),
            header.get("topic"),
            header.get("valueOffered"),
            Integer.parseInt(header.getOrDefault("minutes", "20")),
            TODAY,
            date(header.get("lastInvitedOn")),
            blankToNull(header.get("suppression")));
    String name = file.getParent().getFileName() + "/" + file.getFileName();
    return new CorpusMessage(name, codes(header.getOrDefault("expect", "")), draft);
  }

  private static Set<RuleCode> codes(String list) {
    Set<RuleCode> codes = EnumSet.noneOf(RuleCode.class);
    split(list.replace(',', '|')).forEach(code -> codes.add(RuleCode.valueOf(code)));
    return codes;
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
