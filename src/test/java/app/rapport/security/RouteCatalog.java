package app.rapport.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every JAX-RS route of the application, found by scanning the compiled classes for {@code @Path}
 * (pages, public answer links and the API alike), so the sweeps pick up pages nobody listed.
 */
final class RouteCatalog {

  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(
          GET.class, "GET",
          POST.class, "POST",
          PUT.class, "PUT",
          DELETE.class, "DELETE",
          PATCH.class, "PATCH",
          HEAD.class, "HEAD",
          OPTIONS.class, "OPTIONS");

  /** One method on one path, and whether its class or method is {@code @PermitAll}. */
  record Route(String method, String path, boolean permitAll, String declaredBy) {
    String key() {
      return method + " " + path;
    }

    boolean api() {
      return path.startsWith("/api/") || path.equals("/api");
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private RouteCatalog() {}

  static List<Route> scan() {
    List<Route> routes = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.rapport")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      String base = type.getAnnotationOfType(Path.class).value();
      boolean classPublic = type.isAnnotatedWith(PermitAll.class);
      for (JavaMethod method : type.getMethods()) {
        for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
          if (!method.isAnnotatedWith(verb.getKey())) {
            continue;
          }
          String sub =
              method.isAnnotatedWith(Path.class)
                  ? method.getAnnotationOfType(Path.class).value()
                  : "";
          routes.add(
              new Route(
                  verb.getValue(),
                  normalise(base, sub),
                  classPublic || method.isAnnotatedWith(PermitAll.class),
                  type.getSimpleName() + "." + method.getName()));
        }
      }
    }
    routes.sort(Comparator.comparing(Route::key));
    return routes;
  }

  /** {@code "/api" + "users/{id: \\d+}"} → {@code /api/users/{id}}. */
  static String normalise(String base, String sub) {
    String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
    joined = joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
