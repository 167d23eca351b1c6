package app.rapport.contact.csv;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The problems of one row as they are found, with the checks every cell goes through. A field whose
 * cell was refused is remembered, so that "no first name" is not reported on top of "the first name
 * holds a control character".
 */
final class RowReport {

  private final int line;
  private final Map<ContactField, String> headerOf;
  private final Consumer<RowProblem> problems;
  private final Set<ContactField> refused = EnumSet.noneOf(ContactField.class);
  private boolean failed;

  RowReport(int line, Map<ContactField, String> headerOf, Consumer<RowProblem> problems) {
    this.line = line;
    this.headerOf = headerOf;
    this.problems = problems;
  }

  boolean failed() {
    return failed;
  }

  /** Whether the cell of any of these fields was refused. */
  boolean refusedAny(ContactField... fields) {
    return List.of(fields).stream().anyMatch(refused::contains);
  }

  /** Records a problem; a null field means the problem concerns the whole row. */
  void problem(ContactField field, String value, String message) {
    failed = true;
    if (field != null) {
      refused.add(field);
    }
    problems.accept(
        new RowProblem(line, field == null ? null : headerOf.get(field), value, message));
  }

  /** The cell stripped, or empty when blank; reports invisible characters and overlong text. */
  Optional<String> check(ContactField field, String cell) {
    String header = headerOf.get(field);
    int bad = FieldFormats.forbiddenCharacter(cell, field.isFreeText());
    if (bad >= 0) {
      problem(
          field,
          cell,
          String.format(
              Locale.ROOT,
              "'%s' contains an invisible control character (U+%04X) at position %d — remove"
                  + " line breaks and other control characters from this cell",
              header,
              (int) cell.charAt(bad),
              bad + 1));
      return Optional.empty();
    }
    String value = cell.strip();
    if (field.isFreeText()) {
      value = value.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (value.length() > field.maxLength()) {
      problem(
          field,
          value,
          String.format(
              Locale.ROOT,
              "'%s' is %s characters long — at most %s fit",
              header,
              Sizes.count(value.length()),
              Sizes.count(field.maxLength())));
      return Optional.empty();
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The parsed value, null when absent; reports a value that does not parse. */
  <T> T parse(
      ContactField field,
      Map<ContactField, String> values,
      Function<String, Optional<T>> parser,
      String expected) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    Optional<T> parsed = parser.apply(value);
    if (parsed.isEmpty()) {
      problem(field, value, "not " + describe(field) + ": '" + value + "' — expected " + expected);
    }
    return parsed.orElse(null);
  }

  private static String describe(ContactField field) {
    return switch (field) {
      case EMAIL -> "an email address";
      case PROFILE_URL -> "a profile URL";
      case TIME_ZONE -> "a time zone";
      case RELATIONSHIP -> "a relationship";
      case CONTEXT_TYPE -> "a known context type";
      case CONTEXT_URL -> "a context URL";
      case CONTEXT_DATE -> "a date";
      default -> "a valid " + field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
