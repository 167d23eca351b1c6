package app.rapport.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a request with a page of the web UI: the template inside the layout (navigation, the
 * signed-in user, the form token), as {@code text/html} that no cache keeps.
 */
@RequestScoped
public class Pages {

  static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  private final Views views;
  private final PageToken token;
  private final SecurityIdentity identity;

  public Pages(Views views, PageToken token, SecurityIdentity identity) {
    this.views = views;
    this.token = token;
    this.identity = identity;
  }

  /** A whole page, 200. */
  public Response page(String template, String title, Section section, Model model) {
    return page(200, template, title, section, model);
  }

  /** A whole page with the given status (a form shown again with its errors is a 422). */
  public Response page(int status, String template, String title, Section section, Model model) {
    model.with("title", title).with("nav", nav(section));
    if (!identity.isAnonymous()) {
      model.with("user", identity.getPrincipal().getName());
    }
    return html(status, render(template, model));
  }

  /** A fragment for htmx to swap in, 200 (htmx swaps only successful answers). */
  public Response fragment(String template, Model model) {
    return html(200, render(template, model));
  }

  /** Renders a template with the form token in its model. */
  String render(String template, Model model) {
    return views.render(template, model.with("csrf", token.value()));
  }

  static Response html(int status, String body) {
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .entity(body)
        .build();
  }

  private static List<Model> nav(Section current) {
    List<Model> entries = new ArrayList<>();
    for (Section section : Section.values()) {
      entries.add(
          Model.of("label", section.label())
              .with("href", section.path())
              .with("current", section == current)
              .with("soon", section.path() == null));
    }
    return entries;
  }
}
