package app.rapport.metrics;

import app.rapport.contact.csv.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** The per-campaign table as CSV; every cell neutralised against formula injection. */
final class MetricsCsv {

  static final List<String> HEADER =
      List.of(
          "campaign_id",
          "campaign",
          "drafted",
          "approved",
          "sent",
          "accepted",
          "declined",
          "opted_out",
          "bounced",
          "replied",
          "met",
          "no_reply",
          "answered",
          "acceptance_rate",
          "answer_rate",
          "median_seconds_to_answer");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  private MetricsCsv() {}

  static void write(List<MetricsReport.Row> rows, OutputStream out) {
    try {
      OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord(HEADER);
      for (MetricsReport.Row row : rows) {
        Figures f = row.figures();
        List<String> cells = new ArrayList<>();
        cells.add(row.key());
        cells.add(row.label());
        for (long count :
            new long[] {
              f.drafted(),
              f.approved(),
              f.sent(),
              f.accepted(),
              f.declined(),
              f.optedOut(),
              f.bounced(),
              f.replied(),
              f.met(),
              f.noReply(),
              f.answered()
            }) {
          cells.add(Long.toString(count));
        }
        cells.add(number(f.acceptanceRate()));
        cells.add(number(f.answerRate()));
        cells.add(number(f.medianSecondsToAnswer()));
        printer.printRecord(cells.stream().map(CsvCells::neutralise).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(Double value) {
    return value == null ? "" : value.toString();
  }
}
