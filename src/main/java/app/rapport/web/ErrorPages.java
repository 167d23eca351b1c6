package app.rapport.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** The pages shown when something goes wrong: plain words, the status, and a way back. */
@ApplicationScoped
public class ErrorPages {

  private final Views views;

  public ErrorPages(Views views) {
    this.views = views;
  }

  public Response notFound() {
    return page(
        404,
        "Not found",
        "There is nothing here, or it belongs to another account. Check the address, or start"
            + " again from your lists.");
  }

  public Response forbidden(String message) {
    return page(403, "Refused", message);
  }

  public Response page(int status, String title, String message) {
    return Pages.html(
        status,
        views.render(
            "error", Model.of("title", title).with("status", status).with("message", message)));
  }
}
