package app.rapport.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as the live OpenAPI document describes it: every operation with its path, method,
 * parameters, request body and required roles. The sweeps walk this, so an endpoint added tomorrow
 * is swept tomorrow without anyone listing it.
 */
final class ApiSurface {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final JsonNode document;
  private final List<Operation> operations;

  private ApiSurface(JsonNode document) {
    this.document = document;
    List<Operation> found = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          found.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue(), this));
        }
      }
    }
    found.sort(Comparator.comparing(Operation::key));
    this.operations = List.copyOf(found);
  }

  /** Reads the document the running service publishes at {@code /q/openapi}. */
  static ApiSurface live() {
    String text = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    try {
      return new ApiSurface(JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Operation> operations() {
    return operations;
  }

  /** Every operation under {@code /api}. */
  List<Operation> api() {
    return operations.stream().filter(op -> op.path().startsWith("/api/")).toList();
  }

  /** Follows {@code $ref}s to the schema they name. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
      String ref = current.get("$ref").asText();
      current = document.at(ref.substring(1));
    }
    return current;
  }

  /** One method on one path. */
  record Operation(String method, String path, JsonNode node, ApiSurface surface) {

    String key() {
      return method + " " + path;
    }

    @Override
    public String toString() {
      return key();
    }

    /** The path's template variables, in order of appearance. */
    List<String> pathVariables() {
      List<String> names = new ArrayList<>();
      Matcher m = VARIABLE.matcher(path);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }

    boolean templated() {
      return path.contains("{");
    }

    /** Roles the document says the operation needs (empty: any signed-in user). */
    List<String> roles() {
      List<String> roles = new ArrayList<>();
      node.path("security")
          .forEach(req -> req.forEach(scopes -> scopes.forEach(r -> roles.add(r.asText()))));
      return roles;
    }

    /** Needs any sign-in at all, as far as the document says. */
    boolean secured() {
      return node.has("security") && node.get("security").size() > 0;
    }

    boolean adminOnly() {
      return roles().contains("ADMIN") || path.startsWith("/api/admin/");
    }

    List<String> requestContentTypes() {
      List<String> types = new ArrayList<>();
      node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
      return types;
    }

    boolean hasRequestBody() {
      return node.has("requestBody");
    }

    /** The JSON request body's schema, resolved, when the operation takes JSON. */
    Optional<JsonNode> jsonBodySchema() {
      JsonNode schema = node.path("requestBody").path("content").path("application/json");
      return schema.isMissingNode()
          ? Optional.empty()
          : Optional.ofNullable(surface.resolve(schema.path("schema")));
    }

    /** Parameters of one kind ({@code path}, {@code query}) with their resolved schemas. */
    List<Parameter> parameters(String in) {
      List<Parameter> found = new ArrayList<>();
      for (JsonNode p : node.path("parameters")) {
        if (in.equals(p.path("in").asText())) {
          found.add(new Parameter(p.path("name").asText(), surface.resolve(p.path("schema"))));
        }
      }
      return found;
    }
  }

  record Parameter(String name, JsonNode schema) {
    boolean text() {
      return "string".equals(schema.path("type").asText()) || schema.has("enum");
    }
  }
}
