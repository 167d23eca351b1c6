package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.ApiSurface.Operation;
import app.rapport.security.SampleBodies.Body;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation across the whole API, generated from the live OpenAPI document: user B calls
 * every operation whose path holds an id with user A's ids (each combination, when there are
 * several), sends A's ids inside request bodies and query parameters, and must learn nothing — a
 * 404 for paths, the same answer as for an id that does not exist elsewhere — while A's view of
 * their data stays exactly the same. B's own ids in the same call must work (or meet a state
 * conflict), which proves each 404 comes from ownership and not from a broken sample.
 *
 * <p>An operation the sweep cannot exercise (a new noun in a path, a body nobody described) fails
 * the test: teach {@link Nouns} and {@link SampleBodies}.
 */
@QuarkusTest
class TenantSweepTest {

  private static final long MISSING_ID = 987_654_321L;
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Set<Integer> OWN_CALL_OK = Set.of(409, 422);

  @Test
  void another_users_ids_answer_404_everywhere_and_change_nothing() {
    ApiSurface surface = ApiSurface.live();
    Estate owner = Estate.of("owner" + System.nanoTime());
    Estate intruder = Estate.of("intruder" + System.nanoTime());
    List<Operation> userOperations =
        surface.api().stream().filter(op -> !op.adminOnly()).sorted(SWEEP_ORDER).toList();
    Map<String, String> before = snapshot(userOperations, owner);

    List<String> problems = new ArrayList<>();
    int operations = 0;
    int pathCalls = 0;
    int bodyCalls = 0;
    int queryCalls = 0;
    for (Operation op : userOperations) {
      int calls = 0;
      if (op.templated()) {
        calls += sweepPath(op, owner, intruder, problems);
        pathCalls += calls;
      }
      int bodies = sweepBodyReferences(op, owner, intruder, problems);
      int queries = sweepQueryReferences(op, owner, intruder, problems);
      bodyCalls += bodies;
      queryCalls += queries;
      if (op.templated()) {
        checkOwnCall(op, intruder, problems);
      }
      if (calls + bodies + queries > 0) {
        operations++;
      }
    }
    Map<String, String> after = snapshot(userOperations, owner);

    System.out.printf(
        "TenantSweepTest: %d of %d operations exercised with another user's ids: %d path calls,"
            + " %d body references, %d query references; %d of the owner's GETs compared"
            + " before and after%n",
        operations, userOperations.size(), pathCalls, bodyCalls, queryCalls, before.size());
    assertThat(problems).isEmpty();
    assertThat(after).as("the owner's data after the intruder's calls").isEqualTo(before);
    assertThat(pathCalls).isPositive();
  }

  @Test
  void admin_operations_answer_403_to_a_normal_user() {
    ApiSurface surface = ApiSurface.live();
    Estate user = Estate.of("user" + System.nanoTime());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Operation op : surface.api()) {
      if (op.path().startsWith("/api/admin/") && !op.roles().contains("ADMIN")) {
        problems.add(op + " is under /api/admin/ but does not require the ADMIN role");
      }
      if (!op.adminOnly()) {
        continue;
      }
      Map<String, Object> ids = pathIds(op, noun -> user.id(noun));
      Response answer = Calls.send(user.user(), op, ids, "", SampleBodies.of(op, user::id));
      checked++;
      if (answer.statusCode() != 403) {
        problems.add(op + " answered " + answer.statusCode() + " to a normal user");
      }
    }
    System.out.printf("TenantSweepTest: %d admin-only operations answered 403%n", checked);
    assertThat(problems).isEmpty();
    assertThat(checked).isPositive();
  }

  @Test
  void another_users_ids_answer_404_on_every_page_and_change_nothing() {
    if (!BrowserSession.formSignInEnabled()) {
      System.out.println("TenantSweepTest: no web UI in this build, 0 page routes swept");
      return;
    }
    ApiSurface surface = ApiSurface.live();
    List<Operation> userOperations =
        surface.api().stream().filter(op -> !op.adminOnly()).sorted(SWEEP_ORDER).toList();
    Estate owner = Estate.of("page-owner" + System.nanoTime());
    Estate intruder = Estate.of("page-intruder" + System.nanoTime());
    Map<String, String> before = snapshot(userOperations, owner);
    BrowserSession browser = BrowserSession.signIn(intruder.user());

    List<String> problems = new ArrayList<>();
    Map<String, RouteCatalog.Route> routes = new LinkedHashMap<>();
    RouteCatalog.scan().stream()
        .filter(r -> !r.api() && !r.permitAll() && r.path().contains("{"))
        .forEach(r -> routes.putIfAbsent(r.key(), r));
    int calls = 0;
    for (RouteCatalog.Route route : routes.values()) {
      Map<String, Object> foreign = new LinkedHashMap<>();
      Map<String, Object> missing = new LinkedHashMap<>();
      for (String variable : variables(route.path())) {
        String noun = Nouns.ofPathVariable(route.path(), variable);
        foreign.put(variable, owner.id(noun));
        missing.put(variable, Nouns.missing(noun, MISSING_ID));
      }
      Response withForeign = page(browser, route, foreign);
      Response withMissing = page(browser, route, missing);
      calls++;
      if (route.method().equals("GET") && withForeign.statusCode() != 404) {
        problems.add(route + " with " + foreign + " answered " + withForeign.statusCode());
      } else if (withForeign.statusCode() < 400
          || withForeign.statusCode() != withMissing.statusCode()) {
        problems.add(
            route
                + " with "
                + foreign
                + " answered "
                + withForeign.statusCode()
                + ", with a missing id "
                + withMissing.statusCode());
      }
    }
    Map<String, String> after = snapshot(userOperations, owner);
    System.out.printf(
        "TenantSweepTest: %d page routes with ids called with another user's ids%n", calls);
    assertThat(problems).isEmpty();
    assertThat(after).as("the owner's data after the intruder's page calls").isEqualTo(before);
  }

  private static Response page(
      BrowserSession browser, RouteCatalog.Route route, Map<String, Object> ids) {
    String target = Calls.fill(route.path(), ids);
    return browser.keep(
        route.method().equals("GET")
            ? browser.request().get(target)
            : browser.form().request(route.method(), target));
  }

  private static List<String> variables(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = VARIABLE.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Reads first, then changes, then deletes; among deletes the deepest paths go first. */
  private static final Comparator<Operation> SWEEP_ORDER =
      Comparator.<Operation>comparingInt(
              op -> List.of("GET", "PUT", "PATCH", "POST", "DELETE").indexOf(op.method()))
          .thenComparingInt(op -> op.method().equals("DELETE") ? -op.path().split("/").length : 0)
          .thenComparing(Operation::path);

  /** B calls {@code op} with A's ids in every combination of its path variables. */
  private static int sweepPath(Operation op, Estate owner, Estate intruder, List<String> problems) {
    List<String> variables = op.pathVariables();
    int calls = 0;
    for (int mask = 1; mask < (1 << variables.size()); mask++) {
      Map<String, Object> ids = new LinkedHashMap<>();
      for (int i = 0; i < variables.size(); i++) {
        String noun = Nouns.ofPathVariable(op.path(), variables.get(i));
        ids.put(variables.get(i), ((mask >> i) & 1) == 1 ? owner.id(noun) : intruder.id(noun));
      }
      Response answer = Calls.send(intruder.user(), op, ids, "", SampleBodies.of(op, intruder::id));
      calls++;
      if (answer.statusCode() != 404) {
        problems.add(
            op
                + " with "
                + ids
                + " (owner's where mask "
                + mask
                + ") answered "
                + answer.statusCode()
                + ": "
                + abbreviate(answer.asString()));
      } else if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
        problems.add(op + " answered 404 without a problem document");
      }
    }
    return calls;
  }

  /** B's own ids in the same call must not be a 404: the sample and the route are right. */
  private static void checkOwnCall(Operation op, Estate intruder, List<String> problems) {
    Map<String, Object> ids = pathIds(op, intruder::id);
    Response own = Calls.send(intruder.user(), op, ids, "", SampleBodies.of(op, intruder::id));
    int status = own.statusCode();
    if (!(status >= 200 && status < 300) && !OWN_CALL_OK.contains(status)) {
      problems.add(
          op
              + " with the caller's own ids answered "
              + status
              + " (the sample is wrong?): "
              + abbreviate(own.asString()));
    }
  }

  /**
   * B sends A's id in each id field of the body ({@code listId}, {@code contactIds}, template
   * names), its own ids everywhere else: the answer must be the one for an id that does not exist.
   */
  private static int sweepBodyReferences(
      Operation op, Estate owner, Estate intruder, List<String> problems) {
    Optional<JsonNode> schema = op.jsonBodySchema();
    if (schema.isEmpty() || !op.requestContentTypes().contains("application/json")) {
      return 0;
    }
    int calls = 0;
    Iterator<String> fields = schema.get().path("properties").fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      Optional<String> noun = Nouns.ofReferenceField(field);
      if (noun.isEmpty()) {
        continue;
      }
      Map<String, Object> ids = pathIds(op, intruder::id);
      Body foreign = withReference(op, intruder, field, owner.id(noun.get()));
      Body missing = withReference(op, intruder, field, Nouns.missing(noun.get(), MISSING_ID));
      Response withForeign = Calls.send(intruder.user(), op, ids, "", Optional.of(foreign));
      Response withMissing = Calls.send(intruder.user(), op, ids, "", Optional.of(missing));
      calls++;
      if (withForeign.statusCode() < 400) {
        problems.add(
            op
                + " accepted another user's "
                + noun.get()
                + " in '"
                + field
                + "' ("
                + withForeign.statusCode()
                + "): "
                + abbreviate(withForeign.asString()));
        continue;
      }
      compareWithMissing(
          op + " body field " + field,
          withForeign,
          withMissing,
          String.valueOf(owner.id(noun.get())),
          String.valueOf(Nouns.missing(noun.get(), MISSING_ID)),
          problems);
    }
    return calls;
  }

  /** B passes A's id in each id query parameter ({@code listId}, {@code campaignId}). */
  private static int sweepQueryReferences(
      Operation op, Estate owner, Estate intruder, List<String> problems) {
    int calls = 0;
    for (ApiSurface.Parameter parameter : op.parameters("query")) {
      Optional<String> noun = Nouns.ofReferenceField(parameter.name());
      if (noun.isEmpty()) {
        continue;
      }
      Map<String, Object> ids = pathIds(op, intruder::id);
      Optional<Body> body = SampleBodies.of(op, intruder::id);
      Object foreignId = owner.id(noun.get());
      Object missingId = Nouns.missing(noun.get(), MISSING_ID);
      Response withForeign =
          Calls.send(intruder.user(), op, ids, "?" + parameter.name() + "=" + foreignId, body);
      Response withMissing =
          Calls.send(intruder.user(), op, ids, "?" + parameter.name() + "=" + missingId, body);
      calls++;
      compareWithMissing(
          op + " query " + parameter.name(),
          withForeign,
          withMissing,
          String.valueOf(foreignId),
          String.valueOf(missingId),
          problems);
    }
    return calls;
  }

  private static void compareWithMissing(
      String what,
      Response foreign,
      Response missing,
      String foreignId,
      String missingId,
      List<String> problems) {
    if (foreign.statusCode() != missing.statusCode()) {
      problems.add(
          what
              + ": another user's id answered "
              + foreign.statusCode()
              + " but a missing id answered "
              + missing.statusCode()
              + ": "
              + abbreviate(foreign.asString()));
      return;
    }
    if (foreign.statusCode() >= 200 && foreign.statusCode() < 300) {
      // a list filtered by someone else's id must be as empty as one filtered by no one's
      String a = comparable(foreign.asString(), foreignId);
      String b = comparable(missing.asString(), missingId);
      if (!a.equals(b)) {
        problems.add(what + ": another user's id shows more than a missing one: " + abbreviate(a));
      }
    }
  }

  /**
   * The body table's sample with one id field replaced, and the other optional id fields left out
   * (a draft request reads {@code contactIds} only when it has no {@code listId}).
   */
  private static Body withReference(Operation op, Estate caller, String field, Object id) {
    Body sample = SampleBodies.of(op, caller::id).orElseThrow();
    ObjectNode json =
        sample.json() == null ? ApiSurface.JSON.createObjectNode() : sample.json().deepCopy();
    JsonNode schema = op.jsonBodySchema().orElseThrow();
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    schema
        .path("properties")
        .fieldNames()
        .forEachRemaining(
            other -> {
              if (!other.equals(field)
                  && !required.contains(other)
                  && Nouns.ofReferenceField(other).isPresent()) {
                json.remove(other);
              }
            });
    if (field.endsWith("s")) {
      ArrayNode values = json.putArray(field);
      values.add(ApiSurface.JSON.valueToTree(id));
    } else {
      json.set(field, ApiSurface.JSON.valueToTree(id));
    }
    return Body.of(json);
  }

  private static Map<String, Object> pathIds(Operation op, Function<String, Object> ids) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String variable : op.pathVariables()) {
      values.put(variable, ids.apply(Nouns.ofPathVariable(op.path(), variable)));
    }
    return values;
  }

  /** What the owner sees through every read: status and body, minus what moves with the clock. */
  private static Map<String, String> snapshot(List<Operation> operations, Estate owner) {
    Map<String, String> seen = new TreeMap<>();
    for (Operation op : operations) {
      if (!op.method().equals("GET")) {
        continue;
      }
      Map<String, Object> ids = pathIds(op, owner::id);
      Response answer = Calls.send(owner.user(), op, ids, "", Optional.empty());
      seen.put(
          Calls.fill(op.path(), ids), answer.statusCode() + " " + stable(op, answer.asString()));
    }
    return seen;
  }

  /** Schedules say which slots are due now: that moves with the clock, not with anyone's calls. */
  private static String stable(Operation op, String body) {
    if (!op.path().endsWith("/schedule")) {
      return body;
    }
    try {
      JsonNode json = ApiSurface.JSON.readTree(body);
      if (json instanceof ObjectNode object) {
        object.remove(List.of("slots", "nextDays", "day"));
      }
      return json.toString();
    } catch (IOException e) {
      return body;
    }
  }

  private static String comparable(String body, String id) {
    return body.replace(id, "<id>");
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
