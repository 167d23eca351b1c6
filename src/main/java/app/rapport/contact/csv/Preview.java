package app.rapport.contact.csv;

import java.util.List;

/**
 * The first rows of an upload as the reader sees them, shown before importing so the person can
 * check the detected columns and fix the mapping.
 *
 * @param mapping the detected (or explicit) mapping of the header
 * @param rows the raw cells of the first non-blank data rows, unvalidated
 */
public record Preview(ColumnMapping mapping, List<List<String>> rows) {

  public Preview {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
