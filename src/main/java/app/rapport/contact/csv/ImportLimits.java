package app.rapport.contact.csv;

/**
 * How much one CSV upload may hold. The limits exist so that one careless (or hostile) upload
 * cannot exhaust the memory or the time of a replica: the reader streams, and it stops at the first
 * limit crossed with a {@link CsvLimitExceeded} rather than importing part of a file.
 *
 * @param maxBytes the largest upload, in bytes, counted as they are read
 * @param maxRows the most data rows (blank lines do not count)
 * @param maxFieldLength the longest value of any one cell, in characters
 */
public record ImportLimits(long maxBytes, int maxRows, int maxFieldLength) {

  public ImportLimits {
    if (maxBytes < 1 || maxRows < 1 || maxFieldLength < 1) {
      throw new IllegalArgumentException(
          "import limits must be positive: " + maxBytes + ", " + maxRows + ", " + maxFieldLength);
    }
  }

  /** 200 MiB, 1,000,000 rows, 4,096 characters per cell. */
  public static ImportLimits defaults() {
    return new ImportLimits(200L * 1024 * 1024, 1_000_000, 4_096);
  }
}
