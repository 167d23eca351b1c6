package app.rapport.contact.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Sits between the decoded upload and commons-csv, watching the characters go by with the same
 * quoting rules (RFC 4180: a field opened by {@code "} ends at a lone {@code "}; {@code ""} is a
 * quote). It does two things the parser cannot:
 *
 * <ul>
 *   <li>It notes the physical line where each record starts, so a problem names the line an editor
 *       shows even after quoted line breaks and blank lines (commons-csv counts records, not lines,
 *       and reads ahead).
 *   <li>It keeps memory bounded: commons-csv gathers a whole field in memory before anyone can look
 *       at it, so a 1 GB quoted field (or an unclosed quote) would be buffered in full. The scanner
 *       aborts once a raw field passes {@code 2 × maxFieldLength + 2} characters (the most a value
 *       of {@code maxFieldLength} can take with every quote doubled) or a record passes {@link
 *       #maxRecordChars}; the exact length is checked on the parsed value.
 * </ul>
 *
 * Every record commons-csv returns (blank lines included; empty-line skipping is off) matches one
 * start line, taken in order with {@link #nextRecordLine()}.
 */
final class RecordScanner extends Reader {

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final Reader in;
  private final char delimiter;
  private final int maxFieldLength;
  private final long maxFieldChars;
  private final long maxRecordChars;
  private final Queue<Integer> recordLines = new ArrayDeque<>();
  private int line;
  private int recordLine;
  private boolean previousWasCr;
  private boolean betweenRecords = true;
  private State state = State.FIELD_START;
  private long fieldChars;
  private long recordChars;

  RecordScanner(Reader in, char delimiter, int firstLine, int maxFieldLength) {
    this.in = in;
    this.delimiter = delimiter;
    this.line = firstLine;
    this.maxFieldLength = maxFieldLength;
    this.maxFieldChars = 2L * maxFieldLength + 2;
    this.maxRecordChars = maxRecordChars(maxFieldLength);
  }

  /** The longest physical record (header line included) accepted: 64 K or 16 fields' worth. */
  static long maxRecordChars(int maxFieldLength) {
    return Math.max(65_536L, 16L * maxFieldLength);
  }

  /** The line where the next record handed out by the parser starts. */
  int nextRecordLine() {
    Integer next = recordLines.poll();
    return next != null ? next : line;
  }

  /** Whether the input ended inside a quoted field, i.e. a quote was never closed. */
  boolean endedInsideQuotes() {
    return state == State.QUOTED;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      scan(buffer[i]);
    }
    return n;
  }

  private void scan(char c) {
    boolean endOfLine = c == '\r' || c == '\n';
    if (betweenRecords && !(c == '\n' && previousWasCr)) {
      betweenRecords = false;
      recordLine = line;
      recordLines.add(line);
      recordChars = 0;
      startField();
    }
    if (!betweenRecords) {
      consume(c, endOfLine);
    }
    if (c == '\r' || (c == '\n' && !previousWasCr)) {
      line++;
    }
    previousWasCr = c == '\r';
  }

  private void consume(char c, boolean endOfLine) {
    if (++recordChars > maxRecordChars) {
      throw new CsvLimitExceeded(
          CsvLimitExceeded.Kind.FIELD,
          "the row starting on line "
              + recordLine
              + " is longer than "
              + Sizes.count(maxRecordChars)
              + " characters — shorten it, or check for an unclosed quote");
    }
    if (state == State.QUOTED) {
      if (c == '"') {
        state = State.QUOTE_IN_QUOTED; // the closing quote, or the first of a doubled one
      }
    } else if (c == '"' && state != State.UNQUOTED) {
      state = State.QUOTED; // an opening quote, or the second of a doubled one
    } else if (c == delimiter) {
      startField();
      return;
    } else if (endOfLine) {
      betweenRecords = true;
      return;
    } else {
      state = State.UNQUOTED; // a quote inside an unquoted value is just a character
    }
    if (++fieldChars > maxFieldChars) {
      throw new CsvLimitExceeded(
          CsvLimitExceeded.Kind.FIELD,
          "a value in the row starting on line "
              + recordLine
              + " is longer than "
              + Sizes.count(maxFieldLength)
              + " characters — shorten it, or check for an unclosed quote");
    }
  }

  private void startField() {
    state = State.FIELD_START;
    fieldChars = 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
