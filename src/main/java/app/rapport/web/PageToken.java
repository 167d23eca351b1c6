package app.rapport.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * The anti-forgery token for the page being rendered: the browser's nonce cookie is read, or made
 * and set on this response when the browser has none yet.
 */
@RequestScoped
public class PageToken {

  private final RoutingContext request;
  private final FormTokens tokens;
  private String value;

  public PageToken(RoutingContext request, FormTokens tokens) {
    this.request = request;
    this.tokens = tokens;
  }

  public String value() {
    if (value == null) {
      Cookie cookie = request.request().getCookie(FormTokens.COOKIE);
      String nonce = cookie == null ? null : cookie.getValue();
      if (nonce == null || nonce.isBlank()) {
        nonce = tokens.newNonce();
        request
            .response()
            .addCookie(
                Cookie.cookie(FormTokens.COOKIE, nonce)
                    .setPath("/")
                    .setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX)
                    .setSecure("https".equals(request.request().scheme())));
      }
      value = tokens.tokenFor(nonce);
    }
    return value;
  }
}
