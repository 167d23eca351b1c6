package app.rapport.contact.csv;

import java.util.Locale;

/** Numbers in messages, written the way people read them: "200 MiB", "1,000,000". */
final class Sizes {

  private Sizes() {}

  static String bytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return count(bytes / (1024 * 1024)) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return count(bytes / 1024) + " KiB";
    }
    return count(bytes) + " bytes";
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
