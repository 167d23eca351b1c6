package app.rapport.web;

import jakarta.ws.rs.core.HttpHeaders;

/** What sets the pages of the web UI apart from the API: their package, and htmx requests. */
final class WebPages {

  private WebPages() {}

  /** Whether a resource class is a page of the web UI (HTML, cookies, form tokens). */
  static boolean owns(Class<?> resource) {
    return resource != null && resource.getPackageName().equals(WebPages.class.getPackageName());
  }

  /** Whether htmx sent the request, so a fragment rather than a whole page answers it. */
  static boolean isHtmx(HttpHeaders headers) {
    return "true".equals(headers.getHeaderString("HX-Request"));
  }
}
