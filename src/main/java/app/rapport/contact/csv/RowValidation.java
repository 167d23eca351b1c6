package app.rapport.contact.csv;

import static app.rapport.contact.csv.ContactField.CONTEXT_DATE;
import static app.rapport.contact.csv.ContactField.CONTEXT_NOTE;
import static app.rapport.contact.csv.ContactField.CONTEXT_TITLE;
import static app.rapport.contact.csv.ContactField.CONTEXT_TYPE;
import static app.rapport.contact.csv.ContactField.CONTEXT_URL;
import static app.rapport.contact.csv.ContactField.EMAIL;
import static app.rapport.contact.csv.ContactField.FIRST_NAME;
import static app.rapport.contact.csv.ContactField.FULL_NAME;
import static app.rapport.contact.csv.ContactField.LAST_NAME;
import static app.rapport.contact.csv.ContactField.PROFILE_URL;
import static app.rapport.contact.csv.ContactField.TAGS;

import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the cells of one record into a {@link ContactRow}, or into the problems that keep it out.
 * All of a row's problems are reported at once, so one pass over the file is enough to fix it.
 */
final class RowValidation {

  private static final int MAX_TAG_LENGTH = 64;
  private static final Pattern TAG_SEPARATORS = Pattern.compile("[;|]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final List<ContactField> HOOK =
      List.of(CONTEXT_TYPE, CONTEXT_TITLE, CONTEXT_URL, CONTEXT_DATE, CONTEXT_NOTE);

  private final int width;
  private final Map<ContactField, String> headerOf = new EnumMap<>(ContactField.class);
  private final Map<ContactField, Integer> columnOf = new EnumMap<>(ContactField.class);

  RowValidation(ColumnMapping mapping) {
    this.width = mapping.headers().size();
    mapping
        .byColumn()
        .forEach(
            (column, field) -> {
              headerOf.put(field, mapping.headers().get(column));
              columnOf.put(field, column);
            });
  }

  /** The row, or empty after handing each of its problems to {@code problems}. */
  Optional<ContactRow> validate(int line, List<String> cells, Consumer<RowProblem> problems) {
    RowReport report = new RowReport(line, headerOf, problems);
    if (cells.subList(Math.min(width, cells.size()), cells.size()).stream()
        .anyMatch(cell -> !cell.isBlank())) {
      report.problem(
          null,
          String.join(",", cells),
          "the row has %d values but the header has %d columns — put quotes around values that contain the delimiter"
              .formatted(cells.size(), width));
      return Optional.empty();
    }
    Map<ContactField, String> values = new EnumMap<>(ContactField.class);
    columnOf.forEach(
        (field, column) ->
            report
                .check(field, column < cells.size() ? cells.get(column) : "")
                .ifPresent(value -> values.put(field, value)));

    String first = values.get(FIRST_NAME);
    String last = values.get(LAST_NAME);
    if (values.containsKey(FULL_NAME)) {
      String[] parts = SPACES.split(values.get(FULL_NAME), 2);
      first = first != null ? first : parts[0];
      last = last != null ? last : (parts.length > 1 ? parts[1] : null);
    }
    if (first == null && !report.refusedAny(FIRST_NAME, FULL_NAME)) {
      ContactField column = headerOf.containsKey(FIRST_NAME) ? FIRST_NAME : FULL_NAME;
      report.problem(column, "", "no first name — fill in " + columns(column));
    }
    String email = report.parse(EMAIL, values, EmailAddress::normalise, "name@domain");
    String profile =
        report.parse(
            PROFILE_URL,
            values,
            WebAddress::normalise,
            "a link such as https://www.linkedin.com/in/name");
    if (email == null && profile == null && !report.refusedAny(EMAIL, PROFILE_URL)) {
      report.problem(
          headerOf.containsKey(EMAIL) ? EMAIL : PROFILE_URL,
          "",
          "neither an email address nor a profile URL — fill in " + columns(EMAIL, PROFILE_URL));
    }
    String zone =
        report.parse(
            ContactField.TIME_ZONE,
            values,
            FieldFormats::timeZone,
            "an IANA time zone such as Europe/Berlin or America/New_York");
    Relationship relationship =
        report.parse(
            ContactField.RELATIONSHIP,
            values,
            Relationship::parse,
            "peer, senior, junior or unknown");
    List<String> tags = tags(values.get(TAGS), report);
    ContextHookRow hook = hook(values, report);
    if (report.failed()) {
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

  /** The hook when any hook cell is filled; it needs a title or a link to be specific. */
  private ContextHookRow hook(Map<ContactField, String> values, RowReport report) {
    Optional<ContactField> given = HOOK.stream().filter(values::containsKey).findFirst();
    if (given.isEmpty()) {
      return null;
    }
    ContextType type =
        report.parse(
            CONTEXT_TYPE,
            values,
            ContextType::parse,
            "one of blog post, article, talk, organisation, mutual connection, congratulation,"
                + " other");
    String url = report.parse(CONTEXT_URL, values, WebAddress::normalise, "an http(s) link");
    LocalDate date =
        report.parse(CONTEXT_DATE, values, FieldFormats::date, "2024-03-12 or 12 Mar 2024");
    String title = values.get(CONTEXT_TITLE);
    if (title == null
        && !values.containsKey(CONTEXT_URL)
        && !report.refusedAny(CONTEXT_TITLE, CONTEXT_URL)) {
      report.problem(
          given.get(),
          values.get(given.get()),
          "a context hook needs a title or a link — fill in "
              + columns(CONTEXT_TITLE, CONTEXT_URL));
    }
    return new ContextHookRow(
        type != null ? type : ContextType.OTHER, title, url, date, values.get(CONTEXT_NOTE));
  }

  private List<String> tags(String text, RowReport report) {
    if (text == null) {
      return List.of();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : TAG_SEPARATORS.split(text)) {
      String tag = part.strip();
      if (tag.length() > MAX_TAG_LENGTH) {
        report.problem(
            TAGS,
            tag,
            "a tag longer than " + MAX_TAG_LENGTH + " characters — separate tags with ; or |");
      } else if (!tag.isEmpty()) {
        tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      }
    }
    return List.copyOf(tags.values());
  }

  /** The columns to fill in, as the file names them: "'Email' or 'URL'". */
  private String columns(ContactField... fields) {
    String named =
        Stream.of(fields)
            .filter(headerOf::containsKey)
            .map(field -> "'" + headerOf.get(field) + "'")
            .collect(Collectors.joining(" or "));
    return named.isEmpty() ? "a " + fields[0].name().toLowerCase(Locale.ROOT) + " column" : named;
  }
}
