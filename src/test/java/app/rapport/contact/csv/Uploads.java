package app.rapport.contact.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads test uploads and keeps what came out, for assertions. */
final class Uploads {

  record Result(ColumnMapping mapping, List<ContactRow> rows, List<RowProblem> problems) {}

  private Uploads() {}

  static Result read(String csv) {
    return read(csv, ImportLimits.defaults(), Map.of());
  }

  static Result read(String csv, Map<String, ContactField> explicit) {
    return read(csv, ImportLimits.defaults(), explicit);
  }

  static Result read(String csv, ImportLimits limits, Map<String, ContactField> explicit) {
    return read(csv.getBytes(StandardCharsets.UTF_8), limits, explicit);
  }

  static Result read(byte[] csv, ImportLimits limits, Map<String, ContactField> explicit) {
    List<ContactRow> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    ColumnMapping mapping =
        new ContactCsvReader(limits, explicit)
            .read(new ByteArrayInputStream(csv), rows::add, problems::add);
    return new Result(mapping, rows, problems);
  }
}
