package app.rapport.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Refuses short passwords and the ones every attacker tries first. Plain Java. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;
  private final Set<String> common;

  private PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  /** Loads the list of common passwords shipped in {@code /account/common-passwords.txt}. */
  public static PasswordPolicy standard() {
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
      Set<String> words = new HashSet<>();
      if (in != null) {
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
      }
      return new PasswordPolicy(Set.copyOf(words));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the password is refused, or empty when it is acceptable. */
  public Optional<String> problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("Use at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    if (common.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("This password is on the list of common passwords; choose another.");
    }
    return Optional.empty();
  }
}
