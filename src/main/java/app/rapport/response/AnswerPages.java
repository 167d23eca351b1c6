package app.rapport.response;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;

/**
 * Renders {@link AnswerPage}s as HTML (mustache-java escapes every value) with headers that keep
 * the page private: no caching, no referrer (the token is in the URL), no indexing, no inline
 * script or style (CSP), no framing.
 */
@ApplicationScoped
public class AnswerPages {

  static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  private final Mustache template = new DefaultMustacheFactory().compile("answer/page.mustache");

  public String html(AnswerPage page) {
    StringWriter out = new StringWriter();
    template.execute(out, page);
    return out.toString();
  }

  public Response response(AnswerPage page) {
    Response.ResponseBuilder builder =
        Response.status(page.status())
            .type("text/html; charset=utf-8")
            .entity(html(page))
            .header("Cache-Control", "no-store")
            .header("Referrer-Policy", "no-referrer")
            .header("X-Robots-Tag", "noindex, nofollow")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", CSP);
    if (page.status() == 429) {
      builder.header("Retry-After", "60");
    }
    return builder.build();
  }
}
