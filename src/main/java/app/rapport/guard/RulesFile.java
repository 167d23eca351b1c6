package app.rapport.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The guard's properties file, read strictly: every key must be there and make sense. */
final class RulesFile {
  private final Properties properties;

  private RulesFile(Properties properties) {
    this.properties = properties;
  }

  static RulesFile read(InputStream in) {
    Properties p = new Properties();
    try {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RulesFile(p);
  }

  /** A comma-separated list of phrases; it may be empty, but the key must be present. */
  List<String> list(String key) {
    return Arrays.stream(required(key).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  int number(String key) {
    String value = required(key).strip();
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("guard settings: " + key + " is not a number: " + value, e);
    }
    if (n < 0) {
      throw new IllegalStateException("guard settings: " + key + " must not be negative");
    }
    return n;
  }

  int positive(String key) {
    return requirePositive(key, number(key));
  }

  static int requirePositive(String key, int n) {
    if (n < 1) {
      throw new IllegalStateException("guard settings: " + key + " must be at least 1, was " + n);
    }
    return n;
  }

  private String required(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("guard settings: missing key " + key);
    }
    return value;
  }
}
