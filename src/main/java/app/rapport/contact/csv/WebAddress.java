package app.rapport.contact.csv;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Profile and context links, checked and written one way so the same person is recognised across
 * imports: https is assumed when no scheme is given, scheme and host are lower-cased, and a
 * LinkedIn link becomes {@code https://www.linkedin.com/<path>} without query, fragment or trailing
 * slash ("uk.linkedin.com/in/ada/?trk=x" and "https://www.linkedin.com/in/ada" are one profile).
 * Only http and https are accepted; user info ("https://me@evil.example") is refused because it
 * only ever serves to disguise the real host.
 */
final class WebAddress {

  private WebAddress() {}

  static Optional<String> normalise(String text) {
    String address = text.strip();
    if (!address.contains("://")) {
      address = "https://" + address;
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || !host.contains(".")
        || host.endsWith(".")
        || uri.getRawUserInfo() != null) {
      return Optional.empty();
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (host.equals("linkedin.com") || host.endsWith(".linkedin.com")) {
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return Optional.of("https://www.linkedin.com" + path);
    }
    StringBuilder normal = new StringBuilder(scheme).append("://").append(host);
    if (uri.getPort() >= 0) {
      normal.append(':').append(uri.getPort());
    }
    normal.append(path);
    if (uri.getRawQuery() != null) {
      normal.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      normal.append('#').append(uri.getRawFragment());
    }
    return Optional.of(normal.toString());
  }
}
