package app.rapport.contact.importing;

import app.rapport.contact.csv.ContactCsvReader;
import app.rapport.contact.csv.ImportLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The service's own share of a CSV import, without HTTP or PostgreSQL: reads a file through {@link
 * ContactCsvReader} (strict UTF-8, header detection, commons-csv, validation of every cell) and
 * turns each valid row into the staging table's COPY text ({@link StagingRows}) as the import does,
 * encoding each 256 KB chunk to UTF-8 bytes instead of sending it. Prints, per run, the wall time,
 * rows/s and the CPU time of this thread per row, once for reading alone and once for reading plus
 * staging. A plain main, not a test: timings must not fail a build. Run by {@code
 * bench/import-parsing.sh}.
 */
public final class ImportParsingBenchmark {

  private static final int CHUNK = 256 * 1024;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ImportParsingBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    ImportLimits limits = new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE, 4_096);
    for (int i = 0; i < warmUps; i++) {
      run(file, limits, true); // let the JIT compile the hot loops first
    }
    for (int i = 1; i <= runs; i++) {
      print("read", i, run(file, limits, false));
      print("read + staging text", i, run(file, limits, true));
    }
  }

  private record Result(int rows, long wallNanos, long cpuNanos, long checksum) {}

  private static Result run(Path file, ImportLimits limits, boolean stage) {
    StagingRows staging = new StagingRows(CHUNK + 4096);
    int[] rows = {0};
    long[] checksum = {0};
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      new ContactCsvReader(limits, Map.of())
          .read(
              in,
              row -> {
                rows[0]++;
                if (stage) {
                  staging.append(row);
                  if (staging.length() >= CHUNK) {
                    checksum[0] +=
                        staging.text().toString().getBytes(StandardCharsets.UTF_8).length;
                    staging.clear();
                  }
                } else {
                  checksum[0] += row.line();
                }
              },
              problem -> {
                throw new IllegalStateException("the benchmark file must be valid: " + problem);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(
        rows[0],
        System.nanoTime() - wall,
        THREADS.getCurrentThreadCpuTime() - cpu,
        checksum[0] + staging.length());
  }

  private static void print(String what, int run, Result result) {
    double seconds = result.wallNanos() / 1e9;
    System.out.printf(
        "run %d %-20s %,9d rows  %6.2f s  %,9.0f rows/s  CPU %5.2f s = %5.2f µs a row  (checksum"
            + " %d)%n",
        run,
        what,
        result.rows(),
        seconds,
        result.rows() / seconds,
        result.cpuNanos() / 1e9,
        result.cpuNanos() / 1e3 / result.rows(),
        result.checksum());
  }
}
