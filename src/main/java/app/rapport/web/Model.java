package app.rapport.web;

import java.util.LinkedHashMap;

/** The values a template sees, built up with {@link #with}. Mustache escapes every one of them. */
final class Model extends LinkedHashMap<String, Object> {

  static Model of(String key, Object value) {
    return new Model().with(key, value);
  }

  Model with(String key, Object value) {
    put(key, value);
    return this;
  }
}
