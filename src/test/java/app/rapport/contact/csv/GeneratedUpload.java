package app.rapport.contact.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An upload made up on the fly: a prefix, {@code count} copies of one byte, a suffix. Lets a test
 * feed a huge field without building it in memory, and tells how much of it was read.
 */
final class GeneratedUpload extends InputStream {

  private final byte[] prefix;
  private final byte filler;
  private final long count;
  private final byte[] suffix;
  private long position;

  GeneratedUpload(String prefix, char filler, long count, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.filler = (byte) filler;
    this.count = count;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
  }

  long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    long total = prefix.length + count + suffix.length;
    if (position >= total) {
      return -1;
    }
    long at = position++;
    if (at < prefix.length) {
      return prefix[(int) at] & 0xff;
    }
    if (at < prefix.length + count) {
      return filler & 0xff;
    }
    return suffix[(int) (at - prefix.length - count)] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    int n = 0;
    while (n < length) {
      int b = read();
      if (b < 0) {
        return n == 0 ? -1 : n;
      }
      buffer[offset + n++] = (byte) b;
    }
    return n;
  }
}
