package app.rapport.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with a submitted form, field by field, for the page to show next to each field. The
 * rules are the API's own (its input records are validated as they are), so the UI and the API
 * refuse the same things.
 */
final class FormErrors {

  private final Map<String, String> byField = new LinkedHashMap<>();
  private String general;

  static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
    FormErrors errors = new FormErrors();
    for (ConstraintViolation<T> violation : violations) {
      String path = violation.getPropertyPath().toString();
      String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
      errors.byField.putIfAbsent(field, violation.getMessage());
    }
    return errors;
  }

  FormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  FormErrors general(String message) {
    general = message;
    return this;
  }

  boolean isEmpty() {
    return byField.isEmpty() && general == null;
  }

  /** The model the templates read: {@code errors.<field>} and {@code errors.general}. */
  Map<String, String> view() {
    Map<String, String> view = new LinkedHashMap<>(byField);
    if (general != null) {
      view.put("general", general);
    } else if (!byField.isEmpty()) {
      view.put("general", "Some fields need another look; see the notes beside them.");
    }
    return view;
  }
}
