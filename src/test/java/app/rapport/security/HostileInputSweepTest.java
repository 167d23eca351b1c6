package app.rapport.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.ApiSurface.Operation;
import app.rapport.security.SampleBodies.Body;
import app.rapport.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every text field of every JSON write endpoint, with the fields taken from the
 * OpenAPI request schemas (nested ones too: a contact's hooks, tags): line breaks with a header
 * behind them, NUL, a script tag, Mustache tags, a 1 MB string, and bytes that are not UTF-8. Each
 * answer must refuse (4xx) or store the value and echo it JSON-escaped; never a 5xx, never an
 * injected header. Path and query text gets the same treatment, and everything stored is read back
 * through every GET.
 */
@QuarkusTest
class HostileInputSweepTest {

  private static final String INVALID_UTF8 = "invalid UTF-8";
  private static final byte[] NOT_UTF8 = {'A', (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xFE, 'B'};

  static final Map<String, String> VALUES = values();

  private static Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("CR/LF", "Alice\r\nX-Injected: yes\r\nBcc: victim@evil.example");
    values.put("NUL", "Ali\u0000ce and more text");
    values.put("script", "<script>alert(1)</script>");
    values.put("Mustache", "{{{x}}} {{#contact}}{{email}}{{/contact}} {{> partial}}");
    values.put("1 MB", "a".repeat(1 << 20));
    values.put(INVALID_UTF8, "MARKER-NOT-UTF8");
    return values;
  }

  @Test
  void hostile_text_in_every_json_field_is_refused_or_stored_and_echoed_escaped() {
    ApiSurface surface = ApiSurface.live();
    Estate estate = Estate.of("hostile" + System.nanoTime());
    List<String> problems = new ArrayList<>();
    Set<String> endpoints = new TreeSet<>();
    int fields = 0;
    int requests = 0;
    int stored = 0;
    for (Operation op : surface.api()) {
      if (!Set.of("POST", "PUT", "PATCH").contains(op.method())
          || !op.requestContentTypes().contains("application/json")
          || op.jsonBodySchema().isEmpty()) {
        continue;
      }
      List<List<Object>> textFields = new ArrayList<>();
      collectTextFields(surface, op.jsonBodySchema().get(), new ArrayList<>(), textFields, 0);
      if (textFields.isEmpty()) {
        continue;
      }
      endpoints.add(op.key());
      Api caller = op.adminOnly() ? new Api(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD) : estate.user();
      for (List<Object> field : textFields) {
        fields++;
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
          Body sample = SampleBodies.of(op, estate::id).orElseThrow();
          Body hostile = withValue(sample, field, value.getKey(), value.getValue());
          Response answer = Calls.send(caller, op, pathIds(op, estate), "", Optional.of(hostile));
          requests++;
          String what = op + " " + describe(field) + " = " + value.getKey();
          if (check(what, answer, value.getValue(), problems)) {
            stored++;
          }
        }
      }
    }
    int reads = readBack(surface, estate, problems);
    System.out.printf(
        "HostileInputSweepTest: %d JSON write endpoints × %d text fields × %d values = %d"
            + " requests (%d stored and echoed escaped, the rest refused with 4xx); %d GETs read"
            + " the stored values back%n",
        endpoints.size(), fields, VALUES.size(), requests, stored, reads);
    assertThat(problems).isEmpty();
    assertThat(requests).isPositive();
  }

  @Test
  void hostile_text_in_paths_and_queries_is_never_a_server_error() {
    ApiSurface surface = ApiSurface.live();
    Estate estate = Estate.of("hostile-query" + System.nanoTime());
    List<String> problems = new ArrayList<>();
    Map<String, String> urlValues = new LinkedHashMap<>(VALUES);
    // past the server's 4 KB request-line limit; much longer and the server hangs up mid-request
    urlValues.remove("1 MB");
    urlValues.put("8 KB", "a".repeat(8_000));
    int parameters = 0;
    int requests = 0;
    for (Operation op : surface.api()) {
      Api caller = op.adminOnly() ? new Api(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD) : estate.user();
      List<ApiSurface.Parameter> text = new ArrayList<>();
      op.parameters("query").stream().filter(ApiSurface.Parameter::text).forEach(text::add);
      op.parameters("path").stream().filter(ApiSurface.Parameter::text).forEach(text::add);
      Set<String> pathNames = new TreeSet<>(op.pathVariables());
      for (ApiSurface.Parameter parameter : text) {
        parameters++;
        for (Map.Entry<String, String> value : urlValues.entrySet()) {
          String encoded = urlEncoded(value);
          String target;
          if (pathNames.contains(parameter.name())) {
            Map<String, Object> ids = pathIds(op, estate);
            ids.put(parameter.name(), "\u0000PLACEHOLDER");
            target = Calls.fill(op.path(), ids).replace("%00PLACEHOLDER", encoded);
          } else {
            target =
                Calls.fill(op.path(), pathIds(op, estate)) + "?" + parameter.name() + "=" + encoded;
          }
          Response answer =
              Calls.send(
                  given().auth().preemptive().basic(caller.email(), caller.password()),
                  op.method(),
                  target,
                  SampleBodies.of(op, estate::id));
          requests++;
          String what = op + " " + parameter.name() + " = " + value.getKey();
          if (answer.statusCode() >= 500) {
            problems.add(what + " → " + answer.statusCode() + ": " + abbreviate(answer.asString()));
          }
          if (answer.header("X-Injected") != null) {
            problems.add(what + " injected a response header");
          }
        }
      }
    }
    System.out.printf(
        "HostileInputSweepTest: %d path and query text parameters × %d values = %d requests, no"
            + " 5xx%n",
        parameters, urlValues.size(), requests);
    assertThat(problems).isEmpty();
    assertThat(requests).isPositive();
  }

  /** True when the value was stored (2xx); records a problem for any unsafe answer. */
  private static boolean check(String what, Response answer, String value, List<String> problems) {
    int status = answer.statusCode();
    if (answer.header("X-Injected") != null || answer.header("Bcc") != null) {
      problems.add(what + " injected a response header");
    }
    if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
      problems.add(what + " → " + status + ": " + abbreviate(answer.asString()));
      return false;
    }
    String contentType = String.valueOf(answer.contentType());
    String raw = answer.asString();
    if (contentType.contains("json") && hasRawControlCharacter(raw)) {
      problems.add(what + " → " + status + " with a control character not escaped in the JSON");
    }
    if (status >= 400) {
      return false;
    }
    if (!contentType.startsWith("application/json")) {
      problems.add(what + " → " + status + " answered " + contentType + ", not JSON");
      return false;
    }
    try {
      ApiSurface.JSON.readTree(raw);
    } catch (IOException e) {
      problems.add(what + " → " + status + " with a body that is not JSON");
    }
    return true;
  }

  /** Every GET of the estate after the sweep: the stored values must come back safely. */
  private static int readBack(ApiSurface surface, Estate estate, List<String> problems) {
    int reads = 0;
    for (Operation op : surface.api()) {
      if (!op.method().equals("GET") || op.adminOnly()) {
        continue;
      }
      Response answer = Calls.send(estate.user(), op, pathIds(op, estate), "", Optional.empty());
      reads++;
      if (answer.statusCode() >= 500) {
        problems.add("read back " + op + " → " + answer.statusCode());
      }
      String contentType = String.valueOf(answer.contentType());
      if (contentType.contains("json") && hasRawControlCharacter(answer.asString())) {
        problems.add("read back " + op + " has a control character not escaped in the JSON");
      }
      if (answer.header("X-Injected") != null) {
        problems.add("read back " + op + " injected a response header");
      }
    }
    return reads;
  }

  private static boolean hasRawControlCharacter(String json) {
    return json.chars().anyMatch(c -> c < 0x20);
  }

  /** Fields whose JSON value is text: strings, enums, dates; inside objects and arrays too. */
  private static void collectTextFields(
      ApiSurface surface, JsonNode schema, List<Object> at, List<List<Object>> found, int depth) {
    JsonNode resolved = surface.resolve(schema);
    if (resolved == null || depth > 4) {
      return;
    }
    String type = resolved.path("type").asText();
    if (type.equals("string") || resolved.has("enum")) {
      if (!at.isEmpty()) {
        found.add(List.copyOf(at));
      }
      return;
    }
    if (type.equals("array")) {
      List<Object> item = new ArrayList<>(at);
      item.add(0);
      collectTextFields(surface, resolved.path("items"), item, found, depth + 1);
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      List<Object> next = new ArrayList<>(at);
      next.add(property.getKey());
      collectTextFields(surface, property.getValue(), next, found, depth + 1);
    }
  }

  /** The sample with the value at {@code field}; the invalid UTF-8 case goes in as raw bytes. */
  private static Body withValue(Body sample, List<Object> field, String name, String value) {
    JsonNode json = sample.json().deepCopy();
    JsonNode parent = json;
    for (int i = 0; i < field.size() - 1; i++) {
      parent = child(parent, field.get(i), field.get(i + 1) instanceof Integer);
    }
    Object last = field.getLast();
    if (last instanceof Integer index) {
      ArrayNode array = (ArrayNode) parent;
      while (array.size() <= index) {
        array.add("");
      }
      array.set(index, value);
    } else {
      ((ObjectNode) parent).put((String) last, value);
    }
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    if (name.equals(INVALID_UTF8)) {
      bytes = replace(bytes, value.getBytes(StandardCharsets.UTF_8), NOT_UTF8);
    }
    return new Body("application/json", bytes, json);
  }

  private static JsonNode child(JsonNode parent, Object key, boolean arrayNext) {
    if (key instanceof Integer index) {
      ArrayNode array = (ArrayNode) parent;
      while (array.size() <= index) {
        array.add(ApiSurface.JSON.createObjectNode());
      }
      return array.get(index);
    }
    ObjectNode object = (ObjectNode) parent;
    JsonNode existing = object.get((String) key);
    if (existing == null || existing.isNull() || existing.isValueNode()) {
      return arrayNext ? object.putArray((String) key) : object.putObject((String) key);
    }
    return existing;
  }

  private static byte[] replace(byte[] bytes, byte[] marker, byte[] with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (i + marker.length <= bytes.length && startsWith(bytes, i, marker)) {
        out.write(with, 0, with.length);
        i += marker.length - 1;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    for (int j = 0; j < prefix.length; j++) {
      if (bytes[at + j] != prefix[j]) {
        return false;
      }
    }
    return true;
  }

  private static String urlEncoded(Map.Entry<String, String> value) {
    if (value.getKey().equals(INVALID_UTF8)) {
      return "A%C3%28%FF%FEB";
    }
    return URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, Object> pathIds(Operation op, Estate estate) {
    Map<String, Object> ids = new LinkedHashMap<>();
    for (String variable : op.pathVariables()) {
      ids.put(variable, estate.id(Nouns.ofPathVariable(op.path(), variable)));
    }
    return ids;
  }

  private static String describe(List<Object> field) {
    StringBuilder text = new StringBuilder();
    for (Object part : field) {
      text.append(part instanceof Integer i ? "[" + i + "]" : (text.isEmpty() ? "" : ".") + part);
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
