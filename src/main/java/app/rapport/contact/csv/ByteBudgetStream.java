package app.rapport.contact.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of an upload as they are read and refuses the one past {@link
 * ImportLimits#maxBytes()}. Counting while reading (instead of trusting a Content-Length) keeps the
 * limit true for chunked uploads too.
 */
final class ByteBudgetStream extends FilterInputStream {

  private final long maxBytes;
  private long count;

  ByteBudgetStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      spend(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      spend(n);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("an upload is read, never skipped");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void spend(int n) {
    count += n;
    if (count > maxBytes) {
      throw new CsvLimitExceeded(
          CsvLimitExceeded.Kind.BYTES,
          "the file is larger than " + Sizes.bytes(maxBytes) + " — split it and upload the parts");
    }
  }
}
