package app.rapport.security;

import static io.restassured.RestAssured.given;

import app.rapport.support.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends one operation of the API with chosen path values, query and body. */
final class Calls {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private Calls() {}

  /** {@code path} with each {@code {variable}} replaced by its URL-encoded value. */
  static String fill(String path, Map<String, ?> values) {
    Matcher m = VARIABLE.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + path);
      }
      m.appendReplacement(
          filled,
          Matcher.quoteReplacement(
              URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)
                  .replace("+", "%20")));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  static Response send(
      Api user,
      ApiSurface.Operation op,
      Map<String, ?> pathValues,
      String query,
      Optional<SampleBodies.Body> body) {
    RequestSpecification request =
        user == null ? given() : given().auth().preemptive().basic(user.email(), user.password());
    return send(request, op.method(), fill(op.path(), pathValues) + query, body);
  }

  static Response send(
      RequestSpecification request,
      String method,
      String target,
      Optional<SampleBodies.Body> body) {
    RequestSpecification spec = request.urlEncodingEnabled(false).redirects().follow(false);
    if (body.isPresent()) {
      spec =
          spec.contentType(body.get().contentType() + "; charset=UTF-8").body(body.get().bytes());
    }
    return spec.request(method, target);
  }
}
