package app.rapport.contact.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of an upload holds which contact value.
 *
 * @param byColumn 0-based column index to field; each field appears at most once
 * @param headers the header cells as written (trimmed)
 * @param unmapped the headers, as written, of the columns that are not imported
 */
public record ColumnMapping(
    Map<Integer, ContactField> byColumn, List<String> headers, List<String> unmapped) {

  public ColumnMapping {
    byColumn = Collections.unmodifiableMap(new LinkedHashMap<>(byColumn));
    headers = List.copyOf(headers);
    unmapped = List.copyOf(unmapped);
  }

  /**
   * Maps headers to fields. An explicit entry (header as written, or any spelling that normalises
   * to it, to a field) wins over detection; an explicit null value ignores that column. Otherwise
   * the header is {@link ContactField#recognise recognised} by its aliases. When two columns claim
   * the same field the explicit one wins, then the leftmost; the others are unmapped, so a file
   * with both "Email" and "E-mail" imports the first.
   */
  public static ColumnMapping detect(List<String> headers, Map<String, ContactField> explicit) {
    Map<String, String> explicitByKey = new HashMap<>();
    explicit
        .keySet()
        .forEach(name -> explicitByKey.putIfAbsent(ContactField.normalise(name), name));
    Map<Integer, ContactField> chosen = new LinkedHashMap<>();
    Set<ContactField> taken = EnumSet.noneOf(ContactField.class);
    List<Integer> undecided = new ArrayList<>();
    for (int column = 0; column < headers.size(); column++) {
      String header = headers.get(column);
      String name =
          explicit.containsKey(header) ? header : explicitByKey.get(ContactField.normalise(header));
      if (name == null) {
        undecided.add(column);
        continue;
      }
      ContactField field = explicit.get(name);
      if (field != null && taken.add(field)) {
        chosen.put(column, field);
      }
    }
    for (int column : undecided) {
      ContactField.recognise(headers.get(column))
          .filter(taken::add)
          .ifPresent(field -> chosen.put(column, field));
    }
    Map<Integer, ContactField> byColumn = new LinkedHashMap<>();
    List<String> unmapped = new ArrayList<>();
    for (int column = 0; column < headers.size(); column++) {
      if (chosen.containsKey(column)) {
        byColumn.put(column, chosen.get(column));
      } else {
        unmapped.add(headers.get(column));
      }
    }
    return new ColumnMapping(byColumn, headers, unmapped);
  }

  /** Whether some column holds this field. */
  public boolean has(ContactField field) {
    return byColumn.containsValue(field);
  }
}
