package app.rapport.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a state-changing request comes from one of our own pages, judged by its {@code Origin}
 * header (or, when a browser sends none, its {@code Referer}) against the {@code Host} it was sent
 * to. Browsers set both headers themselves, so a page on another site cannot fake them. A request
 * with neither header (a script, an old browser) is left to the form token alone.
 */
final class OriginCheck {

  private OriginCheck() {}

  static boolean allows(String origin, String referer, String host) {
    if (origin != null && !origin.isBlank()) {
      return sameHost(origin, host);
    }
    if (referer != null && !referer.isBlank()) {
      return sameHost(referer, host);
    }
    return true;
  }

  private static boolean sameHost(String url, String host) {
    if (host == null || host.isBlank() || "null".equals(url.strip())) {
      return false;
    }
    try {
      String authority = new URI(url.strip()).getRawAuthority();
      return authority != null
          && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
