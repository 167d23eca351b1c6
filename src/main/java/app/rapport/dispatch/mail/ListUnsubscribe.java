package app.rapport.dispatch.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@code List-Unsubscribe} header value ({@code <https://...>, <mailto:...>}).
 *
 * <p>This header is one of only two set with {@code setHeader} (Jakarta Mail does not encode such
 * values), so its parts are validated here rather than trusted: printable ASCII only, no spaces, no
 * angle brackets (which would end the {@code <...>} early and let text escape into the header), an
 * http(s) URL with a host, or a {@code mailto:} URI. RFC 8058 one-click needs the https URL; http
 * is accepted for local development, where no mailbox provider will POST anyway.
 */
final class ListUnsubscribe {

  /** Constant value of {@code List-Unsubscribe-Post} defined by RFC 8058. */
  static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  private static final int MAX_URI_LENGTH = 900;

  private ListUnsubscribe() {}

  /** The header value, or empty when neither an URL nor a mailto is given. */
  static Optional<String> headerValue(String url, String mailto) {
    List<String> parts = new ArrayList<>(2);
    if (url != null) {
      parts.add("<" + requireHttpUrl(url) + ">");
    }
    if (mailto != null) {
      parts.add("<" + requireMailto(mailto) + ">");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  static String requireHttpUrl(String url) {
    requirePlainUri("listUnsubscribeUrl", url);
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw new UnsafeHeaderValue("listUnsubscribeUrl", "must start with https:// or http://");
    }
    try {
      if (new URI(url).getHost() == null) {
        throw new UnsafeHeaderValue("listUnsubscribeUrl", "has no host");
      }
    } catch (URISyntaxException e) {
      throw new UnsafeHeaderValue("listUnsubscribeUrl", "is not a valid URI");
    }
    return url;
  }

  static String requireMailto(String mailto) {
    requirePlainUri("listUnsubscribeMailto", mailto);
    if (!mailto.toLowerCase(Locale.ROOT).startsWith("mailto:") || mailto.length() == 7) {
      throw new UnsafeHeaderValue("listUnsubscribeMailto", "must be a mailto: URI");
    }
    try {
      new URI(mailto);
    } catch (URISyntaxException e) {
      throw new UnsafeHeaderValue("listUnsubscribeMailto", "is not a valid URI");
    }
    return mailto;
  }

  private static void requirePlainUri(String field, String value) {
    HeaderText.requireSafe(field, value);
    if (value.length() > MAX_URI_LENGTH) {
      throw new UnsafeHeaderValue(field, "longer than " + MAX_URI_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~' || c == '<' || c == '>' || c == '"') {
        throw new UnsafeHeaderValue(field, "must be printable ASCII without spaces, <, > or \"");
      }
    }
  }
}
