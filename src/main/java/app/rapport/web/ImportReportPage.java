package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.contact.csv.ContactCsvWriter;
import app.rapport.contact.csv.ContactField;
import app.rapport.contact.csv.RowProblem;
import app.rapport.contact.importing.ImportMode;
import app.rapport.contact.importing.ImportRecords;
import app.rapport.contact.importing.ImportReport;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What an import did: the counts, the mapping it used, and every bad row by line and column, with
 * the bad rows as a CSV to fix in a spreadsheet.
 */
@Path("/imports")
@Authenticated
public class ImportReportPage {

  private final ImportRecords records;
  private final CurrentUser user;
  private final Pages pages;

  public ImportReportPage(ImportRecords records, CurrentUser user, Pages pages) {
    this.records = records;
    this.user = user;
    this.pages = pages;
  }

  @GET
  @Path("/{id}")
  public Response report(@PathParam("id") long id) {
    ImportReport report = records.find(user.id(), id);
    boolean refused = report.status() == ImportReport.Status.REFUSED;
    List<Model> mapping = new ArrayList<>();
    for (Map.Entry<String, String> entry : report.mapping().entrySet()) {
      mapping.add(
          Model.of("header", entry.getKey())
              .with("field", FieldNames.of(ContactField.valueOf(entry.getValue()))));
    }
    Model model =
        Model.of("report", report)
            .with("refused", refused)
            .with("allOrNothing", report.mode() == ImportMode.ALL_OR_NOTHING)
            .with("at", Dates.of(report.createdAt()))
            .with("mapping", mapping)
            .with("hasMapping", !mapping.isEmpty())
            .with("problems", report.problems())
            .with("hasProblems", !report.problems().isEmpty())
            .with(
                "notAllKept",
                report.problemCount() > report.problems().size() ? report.problemCount() : null);
    return pages.page("import-report", "Import of " + report.fileName(), Section.LISTS, model);
  }

  @GET
  @Path("/{id}/problems.csv")
  public Response problems(@PathParam("id") long id) {
    ImportReport report = records.find(user.id(), id);
    StringWriter csv = new StringWriter();
    try (ContactCsvWriter writer =
        new ContactCsvWriter(csv, List.of("line", "column", "value", "message"))) {
      for (RowProblem problem : report.problems()) {
        writer.row(
            Arrays.asList(
                String.valueOf(problem.line()),
                problem.column(),
                problem.value(),
                problem.message()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(csv.toString())
        .type("text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + id + "-bad-rows.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
