package app.rapport.contact.importing;

import app.rapport.account.CurrentUser;
import app.rapport.contact.csv.ContactField;
import app.rapport.platform.problem.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploading a CSV into a list. */
@Path("/api/lists/{listId}/imports")
@Authenticated
@Tag(name = "Imports")
public class ListImportResource {

  private final ContactImporter importer;
  private final CurrentUser user;
  private final ObjectMapper json;

  public ListImportResource(ContactImporter importer, CurrentUser user, ObjectMapper json) {
    this.importer = importer;
    this.user = user;
    this.json = json;
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import a CSV into a list (the request body is the file)",
      description =
          "Header names are recognised (First Name, E-mail, Position, URL, Context Title…) and"
              + " LinkedIn's Connections.csv works as exported. `mapping` is a JSON object from a"
              + " header as written to a field (e.g. {\"Mail\":\"EMAIL\"}). `onError=skip` writes"
              + " the valid rows; the default refuses the whole file on any bad row.")
  public Response importBody(
      @PathParam("listId") long listId,
      @QueryParam("onError") @DefaultValue("abort") String onError,
      @QueryParam("fileName") @Size(max = 255) String fileName,
      @QueryParam("mapping") @Size(max = 10_000) String mapping,
      InputStream body) {
    ImportReport report = importer.importCsv(request(listId, fileName, onError, mapping), body);
    return Response.status(201).entity(report).build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import a CSV into a list (multipart: `file`, optional `onError`, `mapping`)")
  public Response importMultipart(
      @PathParam("listId") long listId,
      @RestForm("file") FileUpload file,
      @RestForm("onError") @DefaultValue("abort") String onError,
      @RestForm("mapping") String mapping) {
    if (file == null) {
      throw new ApiError.Invalid("Attach the CSV as the multipart field 'file'.");
    }
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      ImportReport report =
          importer.importCsv(request(listId, file.fileName(), onError, mapping), in);
      return Response.status(201).entity(report).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ContactImporter.Request request(
      long listId, String fileName, String onError, String mapping) {
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
      throw new ApiError.Invalid(
          "mapping must be a JSON object from a column header to a field, e.g. {\"Mail\":\"EMAIL\"}.");
    }
    Map<String, ContactField> fields = new LinkedHashMap<>();
    raw.forEach(
        (header, field) -> {
          try {
            fields.put(header, ContactField.valueOf(field.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiError.Invalid(
                "Unknown field '"
                    + field
                    + "' for column '"
                    + header
                    + "'. Known fields: "
                    + java.util.Arrays.toString(ContactField.values()));
          }
        });
    return fields;
  }
}
