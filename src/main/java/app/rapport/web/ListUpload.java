package app.rapport.web;

import app.rapport.account.CurrentUser;
import app.rapport.contact.Lists;
import app.rapport.contact.csv.ColumnMapping;
import app.rapport.contact.csv.ContactCsvReader;
import app.rapport.contact.csv.ContactField;
import app.rapport.contact.csv.CsvLimitExceeded;
import app.rapport.contact.csv.ImportLimits;
import app.rapport.contact.csv.InvalidEncoding;
import app.rapport.contact.csv.Preview;
import app.rapport.contact.importing.ContactImporter;
import app.rapport.contact.importing.ImportMode;
import app.rapport.contact.importing.ImportReport;
import app.rapport.contact.importing.ImportSettings;
import app.rapport.platform.problem.ApiError;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploading a CSV into a list in two steps: a preview of the first rows with the detected column
 * mapping, editable (a choice per column); then the import itself, with the chosen mapping and
 * mode. The browser keeps the file between the two, so any replica can take either step.
 */
@Path("/lists/{listId}/upload")
@Authenticated
public class ListUpload {

  static final int PREVIEW_ROWS = 5;

  /** The browser sends only the start of the file for a preview; more is a mistake. */
  static final long PREVIEW_BYTES = 1_000_000;

  private final Lists lists;
  private final ContactImporter importer;
  private final ImportSettings settings;
  private final CurrentUser user;
  private final Pages pages;
  private final ListsPage listPage;

  public ListUpload(
      Lists lists,
      ContactImporter importer,
      ImportSettings settings,
      CurrentUser user,
      Pages pages,
      ListsPage listPage) {
    this.lists = lists;
    this.importer = importer;
    this.settings = settings;
    this.user = user;
    this.pages = pages;
    this.listPage = listPage;
  }

  static List<Model> modes() {
    return List.of(
        Model.of("value", ImportMode.ALL_OR_NOTHING.name())
            .with("label", "Import nothing if any row is bad")
            .with("checked", true),
        Model.of("value", ImportMode.SKIP_INVALID.name())
            .with("label", "Import the good rows and skip the bad ones")
            .with("checked", false));
  }

  @POST
  @Path("/preview")
  public Response preview(@PathParam("listId") long listId, @RestForm("file") FileUpload file) {
    lists.get(user.id(), listId);
    if (file == null || file.size() == 0) {
      return pages.fragment("fragments/upload-preview", Model.of("problem", "Choose a CSV file."));
    }
    if (file.size() > PREVIEW_BYTES) {
      return pages.fragment(
          "fragments/upload-preview",
          Model.of("problem", "The preview takes the first 1 MB only."));
    }
    Preview preview;
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      preview = reader(Map.of()).preview(in, PREVIEW_ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidEncoding e) {
      return pages.fragment(
          "fragments/upload-preview",
          Model.of("problem", "Line " + e.line() + " is not UTF-8 text: save the file as UTF-8."));
    } catch (CsvLimitExceeded e) {
      return pages.fragment("fragments/upload-preview", Model.of("problem", e.getMessage()));
    }
    if (preview.mapping().headers().isEmpty()) {
      return pages.fragment(
          "fragments/upload-preview",
          Model.of("problem", "The file has no header line naming its columns."));
    }
    return pages.fragment("fragments/upload-preview", previewModel(preview));
  }

  @POST
  public Response importFile(
      @PathParam("listId") long listId,
      @RestForm("file") FileUpload file,
      @RestForm("mode") String mode,
      @RestForm("column") List<String> columns,
      @RestForm("field") List<String> fields) {
    lists.get(user.id(), listId);
    if (file == null || file.fileName() == null || file.fileName().isBlank()) {
      return listPage.list(
          422, listId, null, null, Model.of("uploadError", "Choose a CSV file to import."));
    }
    ImportMode chosen =
        ImportMode.SKIP_INVALID.name().equals(mode)
            ? ImportMode.SKIP_INVALID
            : ImportMode.ALL_OR_NOTHING;
    String name = file.fileName().strip().replaceAll("\\p{Cntrl}", "");
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      ImportReport report =
          importer.importCsv(
              new ContactImporter.Request(
                  user.id(), listId, name, chosen, mapping(columns, fields)),
              in);
      return Response.seeOther(URI.create("/imports/" + report.id())).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ApiError e) {
      if (e.extensions().get("importId") instanceof Number importId) {
        // refused: the report says row by row why
        return Response.seeOther(URI.create("/imports/" + importId.longValue())).build();
      }
      return listPage.list(e.status(), listId, null, null, Model.of("uploadError", e.getMessage()));
    }
  }

  private ContactCsvReader reader(Map<String, ContactField> mapping) {
    return new ContactCsvReader(
        new ImportLimits(settings.maxBytes(), settings.maxRows(), settings.maxFieldLength()),
        mapping);
  }

  /** Header as written to field; a column set to "don't import" maps to null (ignored). */
  static Map<String, ContactField> mapping(List<String> columns, List<String> fields) {
    Map<String, ContactField> mapping = new LinkedHashMap<>();
    if (columns == null || fields == null) {
      return mapping;
    }
    for (int i = 0; i < Math.min(columns.size(), fields.size()); i++) {
      String field = fields.get(i);
      ContactField chosen = null;
      for (ContactField candidate : ContactField.values()) {
        if (candidate.name().equals(field)) {
          chosen = candidate;
        }
      }
      mapping.put(columns.get(i), chosen);
    }
    return mapping;
  }

  private static Model previewModel(Preview preview) {
    ColumnMapping mapping = preview.mapping();
    List<Model> columns = new ArrayList<>();
    for (int column = 0; column < mapping.headers().size(); column++) {
      ContactField detected = mapping.byColumn().get(column);
      List<Model> options = new ArrayList<>();
      options.add(
          Model.of("value", "").with("label", "Don't import").with("selected", detected == null));
      for (ContactField field : ContactField.values()) {
        options.add(
            Model.of("value", field.name())
                .with("label", FieldNames.of(field))
                .with("selected", field == detected));
      }
      columns.add(
          Model.of("index", column)
              .with("header", mapping.headers().get(column))
              .with("detected", detected != null)
              .with("options", options));
    }
    List<Model> rows = new ArrayList<>();
    for (List<String> cells : preview.rows()) {
      rows.add(Model.of("cells", cells));
    }
    return Model.of("columns", columns)
        .with("rows", rows)
        .with("unmapped", mapping.unmapped().size());
  }
}
