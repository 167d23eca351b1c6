package app.rapport.contact.importing;

import app.rapport.account.CurrentUser;
import app.rapport.contact.csv.ContactField;
import app.rapport.platform.problem.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api")
@Authenticated
@Tag(name = "Imports")
public class ImportResource {

  private final ContactImporter importer;
  private final ImportRecords records;
  private final CurrentUser user;
  private final ObjectMapper json;
  private final ListExport export;

  public ImportResource(
      ContactImporter importer, ImportRecords records, CurrentUser user, ObjectMapper json, ListExport export) {
    this.importer = importer;
    this.export = export;
    this.records = records;
    this.user = user;
    this.json = json;
  }

  @POST
  @Path("/lists/{id}/imports")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import a CSV into a list (the request body is the file)",
      description =
          "Header names are recognised (First Name, E-mail, Position, URL, Context Title…) and"
              + " LinkedIn's Connections.csv works as exported. `mapping` is a JSON object from a"
              + " header as written to a field (e.g. {\"Mail\":\"EMAIL\"}). `onError=skip` writes"
              + " the valid rows; the default refuses the whole file on any bad row.")
  public Response importBody(
      @PathParam("id") long listId,
      @QueryParam("onError") @DefaultValue("abort") String onError,
      @QueryParam("fileName") @Size(max = 255) String fileName,
      @QueryParam("mapping") @Size(max = 10_000) String mapping,
      InputStream body) {
    ImportReport report = importer.importCsv(request(listId, fileName, onError, mapping), body);
    return Response.status(201).entity(report).build();
  }

  @POST
  @Path("/lists/{id}/imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a CSV into a list (multipart: `file`, optional `onError`, `mapping`)")
  public Response importMultipart(
      @PathParam("id") long listId,
      @RestForm("file") FileUpload file,
      @RestForm("onError") @DefaultValue("abort") String onError,
      @RestForm("mapping") String mapping) {
    if (file == null) {
      throw new ApiError.Invalid("Attach the CSV as the multipart field 'file'.");
    }
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      ImportReport report = importer.importCsv(request(listId, file.fileName(), onError, mapping), in);
      return Response.status(201).entity(report).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("/lists/{id}/contacts.csv")
  @Produces("text/csv")
  @Operation(summary = "Export a list as CSV (cells starting with = + - @ tab or CR are neutralised)")
  public Response export(@PathParam("id") long listId) {
    String fileName = export.fileName(user.id(), listId);
    long owner = user.id();
    StreamingOutput body = out -> export.write(owner, listId, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  @GET
  @Path("/imports/{id}")
  @Operation(summary = "An import's report")
  public ImportReport get(@PathParam("id") long id) {
    return records.find(user.id(), id);
  }

  @GET
  @Path("/imports")
  @Operation(summary = "Your recent imports, newest first")
  public List<ImportReport> recent(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
    return records.recent(user.id(), limit);
  }

  private ContactImporter.Request request(long listId, String fileName, String onError, String mapping) {
    ImportMode mode =
        switch (onError.toLowerCase(Locale.ROOT)) {
          case "skip" -> ImportMode.SKIP_INVALID;
          case "abort", "" -> ImportMode.ALL_OR_NOTHING;
          default -> throw new ApiError.Invalid("onError must be 'abort' (the default) or 'skip'.");
        };
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new ApiError.Invalid("The file name must not contain control characters.");
    }
    return new ContactImporter.Request(user.id(), listId, name, mode, parseMapping(mapping));
  }

  private Map<String, ContactField> parseMapping(String mapping) {
    if (mapping == null || mapping.isBlank()) {
      return Map.of();
    }
    Map<String, String> raw;
    try {
      raw = json.readValue(mapping, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new ApiError.Invalid("mapping must be a JSON object from a column header to a field, e.g. {\"Mail\":\"EMAIL\"}.");
    }
    Map<String, ContactField> fields = new LinkedHashMap<>();
    raw.forEach(
        (header, field) -> {
          try {
            fields.put(header, ContactField.valueOf(field.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiError.Invalid(
                "Unknown field '" + field + "' for column '" + header + "'. Known fields: "
                    + java.util.Arrays.toString(ContactField.values()));
          }
        });
    return fields;
  }
}
