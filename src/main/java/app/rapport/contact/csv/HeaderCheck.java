package app.rapport.contact.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Problems visible from the header alone. A file without a column for the name, or without one for
 * an email address or profile URL, could import no row at all: it is reported once, naming the
 * headers found, rather than once per row. An explicit mapping naming a column the file does not
 * have is reported too (usually a typo in the mapping).
 */
record HeaderCheck(ColumnMapping mapping, Map<String, ContactField> explicit) {

  /** The problems, all on the header line; those with a null column mean no row can be imported. */
  List<RowProblem> problems(int line) {
    List<RowProblem> problems = new ArrayList<>();
    String found = "the header has: " + String.join(", ", mapping.headers());
    for (String name : explicit.keySet()) {
      boolean present =
          mapping.headers().stream()
              .anyMatch(
                  header ->
                      header.equals(name)
                          || ContactField.normalise(header).equals(ContactField.normalise(name)));
      if (!present) {
        problems.add(
            new RowProblem(
                line,
                name,
                name,
                "the mapping names a column '"
                    + name
                    + "' that the file does not have — "
                    + found));
      }
    }
    if (!mapping.has(ContactField.FIRST_NAME) && !mapping.has(ContactField.FULL_NAME)) {
      problems.add(
          new RowProblem(
              line,
              null,
              String.join(",", mapping.headers()),
              "no column for the name — name one 'First Name' or 'Full Name', or map it"
                  + " explicitly; "
                  + found));
    }
    if (!mapping.has(ContactField.EMAIL) && !mapping.has(ContactField.PROFILE_URL)) {
      problems.add(
          new RowProblem(
              line,
              null,
              String.join(",", mapping.headers()),
              "no column for the email address or profile URL — name one 'Email' or 'URL', or"
                  + " map it explicitly; "
                  + found));
    }
    return problems;
  }
}
