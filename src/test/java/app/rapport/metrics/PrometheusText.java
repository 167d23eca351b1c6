package app.rapport.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for when {@code promtool} is
 * not installed: every line is a HELP, a TYPE, a comment, blank, or a well-formed sample; a TYPE
 * comes once per family and before its samples (a sample with no TYPE is untyped); a family's
 * samples are contiguous; no sample is repeated; values are numbers. Violations are collected, not
 * thrown, so a test shows all of them.
 */
final class PrometheusText {

  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|NaN|[-+]?Inf");
  private static final List<String> SUFFIXES =
      List.of("", "_total", "_created", "_bucket", "_sum", "_count", "_gcount", "_gsum");

  record Sample(String name, Map<String, String> labels, double value) {}

  final List<String> problems = new ArrayList<>();
  final List<Sample> samples = new ArrayList<>();
  final Map<String, String> types = new HashMap<>();

  static PrometheusText parse(String text) {
    PrometheusText parsed = new PrometheusText();
    parsed.read(text);
    return parsed;
  }

  private void read(String text) {
    Set<String> finished = new HashSet<>();
    Set<String> seen = new HashSet<>();
    String current = null;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int lineNo = n + 1;
      if (line.isEmpty()) {
        continue;
      }
      Matcher help = HELP.matcher(line);
      Matcher type = TYPE.matcher(line);
      if (line.startsWith("# HELP ")) {
        if (!help.matches()) {
          problems.add(lineNo + ": malformed HELP: " + line);
        } else {
          current = enter(help.group(1), current, finished, lineNo);
        }
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        if (!type.matches()) {
          problems.add(lineNo + ": malformed TYPE: " + line);
        } else {
          String family = type.group(1);
          if (types.put(family, type.group(2)) != null) {
            problems.add(lineNo + ": second TYPE for " + family);
          }
          current = enter(family, current, finished, lineNo);
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        problems.add(lineNo + ": not a sample: " + line);
        continue;
      }
      String name = sample.group(1);
      Map<String, String> labels = labels(sample.group(3), lineNo);
      if (!NUMBER.matcher(sample.group(4)).matches()) {
        problems.add(lineNo + ": not a number: " + sample.group(4));
        continue;
      }
      String family = familyOf(name);
      if (family == null) {
        // no TYPE: an untyped family of its own, as Prometheus reads it
        current = enter(name, current, finished, lineNo);
      } else if (!family.equals(current)) {
        problems.add(lineNo + ": sample " + name + " is outside its family " + family);
      }
      if (!seen.add(name + labels)) {
        problems.add(lineNo + ": repeated sample " + name + labels);
      }
      String value = sample.group(4);
      samples.add(
          new Sample(
              name,
              labels,
              value.endsWith("Inf")
                  ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                  : Double.parseDouble(value)));
    }
    if (!text.endsWith("\n")) {
      problems.add("the text does not end with a line break");
    }
  }

  private String enter(String family, String current, Set<String> finished, int lineNo) {
    if (family.equals(current)) {
      return current;
    }
    if (current != null) {
      finished.add(current);
    }
    if (finished.contains(family)) {
      problems.add(lineNo + ": family " + family + " appears twice");
    }
    return family;
  }

  private String familyOf(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        String family = name.substring(0, name.length() - suffix.length());
        if (types.containsKey(family)) {
          return family;
        }
      }
    }
    return types.containsKey(name) ? name : null;
  }

  private Map<String, String> labels(String text, int lineNo) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return labels;
    }
    Matcher label = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!label.find(at) || label.start() != at) {
        problems.add(lineNo + ": malformed labels: " + text);
        return labels;
      }
      if (labels.put(label.group(1), label.group(2)) != null) {
        problems.add(lineNo + ": label " + label.group(1) + " given twice");
      }
      at = label.end();
      if (at < text.length()) {
        if (text.charAt(at) != ',') {
          problems.add(lineNo + ": labels not separated by commas: " + text);
          return labels;
        }
        at++;
      }
    }
    return labels;
  }

  /** The value of the sample with exactly these labels, or NaN. */
  double value(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(labels))
        .mapToDouble(Sample::value)
        .findFirst()
        .orElse(Double.NaN);
  }
}
