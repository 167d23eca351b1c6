package app.rapport.contact.csv;

import app.rapport.contact.ContextType;
import app.rapport.contact.Relationship;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the cells of one record into a {@link ContactRow}, or into the problems that keep it out.
 * All of a row's problems are reported at once, so one pass over the file is enough to fix it.
 */
final class RowValidation {

  private static final int MAX_TAG_LENGTH = 64;

  private final ColumnMapping mapping;
  private final Map<ContactField, String> headerOf = new EnumMap<>(ContactField.class);
  private final Map<ContactField, Integer> columnOf = new EnumMap<>(ContactField.class);

  RowValidation(ColumnMapping mapping) {
    this.mapping = mapping;
    mapping
        .byColumn()
        .forEach(
            (column, field) -> {
              headerOf.put(field, mapping.headers().get(column));
              columnOf.put(field, column);
            });
  }

  /** The row, or empty after reporting each of its problems. */
  Optional<ContactRow> validate(int line, List<String> cells, List<RowProblem> problems) {
    Row row = new Row(line, problems);
    int width = mapping.headers().size();
    if (cells.subList(Math.min(width, cells.size()), cells.size()).stream()
        .anyMatch(cell -> !cell.isBlank())) {
      row.problem(
          null,
          String.join(",", cells),
          "the row has "
              + cells.size()
              + " values but the header has "
              + width
              + " columns — put quotes around values that contain the delimiter");
      return Optional.empty();
    }
    Map<ContactField, String> values = new EnumMap<>(ContactField.class);
    columnOf.forEach(
        (field, column) -> {
          String cell = column < cells.size() ? cells.get(column) : "";
          row.check(field, cell).ifPresent(value -> values.put(field, value));
        });

    String first = values.get(ContactField.FIRST_NAME);
    String last = values.get(ContactField.LAST_NAME);
    String full = values.get(ContactField.FULL_NAME);
    if (full != null) {
      String[] parts = full.split("\\s+", 2);
      first = first != null ? first : parts[0];
      last = last != null ? last : (parts.length > 1 ? parts[1] : null);
    }
    if (first == null) {
      row.problem(
          nameColumn(),
          "",
          "no first name — fill in " + quoted(nameColumn(), "a First Name or Full Name column"));
    }
    String email = row.parse(ContactField.EMAIL, values, EmailAddress::normalise, "name@domain");
    String profile =
        row.parse(
            ContactField.PROFILE_URL,
            values,
            WebAddress::normalise,
            "a link such as https://www.linkedin.com/in/name");
    if (!values.containsKey(ContactField.EMAIL) && !values.containsKey(ContactField.PROFILE_URL)) {
      String column =
          headerOf.getOrDefault(ContactField.EMAIL, headerOf.get(ContactField.PROFILE_URL));
      row.problem(
          column,
          "",
          "neither an email address nor a profile URL — fill in "
              + either(ContactField.EMAIL, ContactField.PROFILE_URL, "an email or profile URL"));
    }
    String zone =
        row.parse(
            ContactField.TIME_ZONE,
            values,
            FieldFormats::timeZone,
            "an IANA time zone such as Europe/Berlin or America/New_York");
    Relationship relationship =
        row.parse(
            ContactField.RELATIONSHIP,
            values,
            Relationship::parse,
            "peer, senior, junior or unknown");
    List<String> tags = tags(values.get(ContactField.TAGS), row);
    ContextHookRow hook = hook(values, row);
    if (row.failed) {
      return Optional.empty();
    }
    return Optional.of(
        new ContactRow(
            line,
            first,
            last,
            email,
            values.get(ContactField.COMPANY),
            values.get(ContactField.TITLE),
            profile,
            zone,
            relationship,
            tags,
            values.get(ContactField.NOTES),
            hook));
  }

  private ContextHookRow hook(Map<ContactField, String> values, Row row) {
    List<ContactField> hookFields =
        List.of(
            ContactField.CONTEXT_TYPE,
            ContactField.CONTEXT_TITLE,
            ContactField.CONTEXT_URL,
            ContactField.CONTEXT_DATE,
            ContactField.CONTEXT_NOTE);
    Optional<ContactField> given = hookFields.stream().filter(values::containsKey).findFirst();
    if (given.isEmpty()) {
      return null;
    }
    ContextType type =
        row.parse(
            ContactField.CONTEXT_TYPE,
            values,
            ContextType::parse,
            "one of blog post, article, talk, organisation, mutual connection, congratulation,"
                + " other");
    String url =
        row.parse(ContactField.CONTEXT_URL, values, WebAddress::normalise, "an http(s) link");
    LocalDate date =
        row.parse(
            ContactField.CONTEXT_DATE, values, FieldFormats::date, "2024-03-12 or 12 Mar 2024");
    String title = values.get(ContactField.CONTEXT_TITLE);
    if (title == null && !values.containsKey(ContactField.CONTEXT_URL)) {
      row.problem(
          headerOf.get(given.get()),
          values.get(given.get()),
          "a context hook needs a title or a link — fill in "
              + either(ContactField.CONTEXT_TITLE, ContactField.CONTEXT_URL, "a Context Title"));
    }
    return new ContextHookRow(
        type != null ? type : ContextType.OTHER,
        title,
        url,
        date,
        values.get(ContactField.CONTEXT_NOTE));
  }

  private List<String> tags(String text, Row row) {
    if (text == null) {
      return List.of();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : text.split("[;|]")) {
      String tag = part.strip();
      if (tag.length() > MAX_TAG_LENGTH) {
        row.problem(
            headerOf.get(ContactField.TAGS),
            tag,
            "a tag longer than " + MAX_TAG_LENGTH + " characters — separate tags with ; or |");
      } else if (!tag.isEmpty()) {
        tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      }
    }
    return List.copyOf(tags.values());
  }

  private String nameColumn() {
    return headerOf.getOrDefault(ContactField.FIRST_NAME, headerOf.get(ContactField.FULL_NAME));
  }

  private String either(ContactField one, ContactField other, String fallback) {
    List<String> columns = new ArrayList<>();
    for (ContactField field : List.of(one, other)) {
      if (headerOf.containsKey(field)) {
        columns.add("'" + headerOf.get(field) + "'");
      }
    }
    return columns.isEmpty() ? fallback : String.join(" or ", columns);
  }

  private static String quoted(String column, String fallback) {
    return column == null ? fallback : "'" + column + "'";
  }

  /** The problems of one row as they are found. */
  private final class Row {
    private final int line;
    private final List<RowProblem> problems;
    private boolean failed;

    Row(int line, List<RowProblem> problems) {
      this.line = line;
      this.problems = problems;
    }

    void problem(String column, String value, String message) {
      failed = true;
      problems.add(new RowProblem(line, column, value, message));
    }

    /** The cell stripped, or empty when blank; reports invisible characters and overlong text. */
    Optional<String> check(ContactField field, String cell) {
      String header = headerOf.get(field);
      int bad = FieldFormats.forbiddenCharacter(cell, field.isFreeText());
      if (bad >= 0) {
        problem(
            header,
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
            header,
            value,
            "'"
                + header
                + "' is "
                + Sizes.count(value.length())
                + " characters long — at most "
                + Sizes.count(field.maxLength())
                + " fit");
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
        problem(
            headerOf.get(field),
            value,
            "not " + article(field) + ": '" + value + "' — expected " + expected);
      }
      return parsed.orElse(null);
    }
  }

  private static String article(ContactField field) {
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
