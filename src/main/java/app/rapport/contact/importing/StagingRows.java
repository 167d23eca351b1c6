package app.rapport.contact.importing;

import app.rapport.contact.ContactKeys;
import app.rapport.contact.ContextHook;
import app.rapport.contact.csv.ContactRow;

/**
 * The text {@code COPY import_stage ... (format csv)} reads for validated rows, one line per row in
 * the column order of {@link StagingWriter#TABLE}, gathered until the writer sends it. A missing
 * value is an unquoted empty field (NULL to COPY); text is always quoted. Also remembers the rows'
 * dedupe keys, to tell the merge whether the file may name one person twice.
 */
final class StagingRows {

  private static final char TAG_SEPARATOR = '\u001f';

  private final StringBuilder text;
  private final KeyFingerprints keys = new KeyFingerprints();
  private int rows;

  StagingRows(int capacity) {
    text = new StringBuilder(capacity);
  }

  void append(ContactRow row) {
    field(Integer.toString(row.line()), false);
    field(row.firstName(), true);
    field(row.lastName(), true);
    field(row.email(), true);
    field(row.profileUrl(), true);
    String dedupeKey = ContactKeys.dedupeKey(row.email(), row.profileUrl());
    if (dedupeKey != null) {
      keys.add(dedupeKey);
    }
    field(dedupeKey, true);
    field(row.company(), true);
    field(row.title(), true);
    field(row.timeZone(), true);
    field(row.relationship() == null ? null : row.relationship().name(), true);
    field(
        row.tags() == null || row.tags().isEmpty()
            ? null
            : String.join(String.valueOf(TAG_SEPARATOR), row.tags()),
        true);
    field(row.notes(), true);
    var hook = row.hook();
    field(hook == null ? null : hook.type().name(), true);
    field(hook == null ? null : hook.title(), true);
    field(hook == null ? null : hook.url(), true);
    field(hook == null || hook.publishedOn() == null ? null : hook.publishedOn().toString(), true);
    field(hook == null ? null : hook.note(), true);
    // the hook's key is hashed here, while PostgreSQL is busy with the COPY, not in the merge
    field(hook == null ? null : ContextHook.keyOf(hook.type(), hook.title(), hook.url()), false);
    // someone known by email is also known by their profile link: a suppression may name either
    field(
        row.email() == null || row.profileUrl() == null
            ? null
            : ContactKeys.dedupeKey(null, row.profileUrl()),
        true);
    text.setCharAt(text.length() - 1, '\n');
    rows++;
  }

  /** The lines gathered since the last {@link #clear()}. */
  CharSequence text() {
    return text;
  }

  int length() {
    return text.length();
  }

  void clear() {
    text.setLength(0);
  }

  /** Rows appended in all. */
  int rows() {
    return rows;
  }

  /** True when the file may name one person on two rows (false: every dedupe key is distinct). */
  boolean mayRepeatPeople() {
    return keys.repeated();
  }

  private void field(String value, boolean quote) {
    if (value != null) {
      if (quote) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c == '"') {
            text.append('"');
          }
          text.append(c);
        }
        text.append('"');
      } else {
        text.append(value);
      }
    }
    text.append(',');
  }
}
