package app.rapport.contact.csv;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email syntax as it matters for sending invitations: a dot-atom local part (no quoted local parts,
 * no comments, no display names), an @, and a domain of at least two labels. Strict on purpose: a
 * typo caught at import is better than a bounce that counts against the sender.
 */
final class EmailAddress {

  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern ASCII_DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;

  private EmailAddress() {}

  /**
   * The address trimmed, without a "mailto:" prefix, its domain lower-cased (the local part keeps
   * its case: RFC 5321 leaves it to the receiving server); empty when it is not an address.
   */
  static Optional<String> normalise(String text) {
    String address = text.strip();
    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = address.substring(7);
    }
    int at = address.lastIndexOf('@');
    if (at < 1 || address.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
      return Optional.empty();
    }
    try {
      if (!ASCII_DOMAIN.matcher(IDN.toASCII(domain, 0).toLowerCase(Locale.ROOT)).matches()) {
        return Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(local + "@" + domain);
  }
}
