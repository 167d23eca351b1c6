package app.rapport.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** Where a contact stands relative to the user; seed 003's "pecking order". */
public enum Relationship {
  PEER,
  SENIOR,
  JUNIOR,
  UNKNOWN;

  /** Reads a relationship written by a person, ignoring case and surrounding space. */
  public static Optional<Relationship> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
