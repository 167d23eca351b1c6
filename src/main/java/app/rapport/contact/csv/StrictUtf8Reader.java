package app.rapport.contact.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an upload as UTF-8 and refuses the first invalid byte with {@link InvalidEncoding} naming
 * its physical line; drops a leading byte order mark (Excel's "CSV UTF-8" writes one).
 *
 * <p>{@link java.io.InputStreamReader} would replace bad bytes with U+FFFD silently. Lines are
 * counted over the decoded text (CR, LF and CRLF each end one line), so the number matches what an
 * editor shows. Characters decoded before a bad byte are still handed out; the error follows them,
 * so the rows before it are read normally and the import then fails as a whole.
 */
final class StrictUtf8Reader extends Reader {

  private static final char BOM = '\uFEFF';

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private int line = 1;
  private boolean previousWasCr;
  private boolean started;
  private boolean endOfInput;
  private boolean finished;
  private InvalidEncoding failure;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (failure != null) {
        throw failure;
      }
      if (finished) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    int start = chars.position();
    CoderResult result;
    do {
      if (!bytes.hasRemaining() || !endOfInput) {
        fillBytes();
      }
      result = decoder.decode(bytes, chars, endOfInput);
    } while (result.isUnderflow() && chars.position() == start && !endOfInput);
    if (result.isUnderflow() && endOfInput) {
      decoder.flush(chars);
      finished = true;
    }
    chars.flip();
    skipByteOrderMark();
    countLines(chars.position(), chars.limit());
    if (result.isError()) {
      failure = new InvalidEncoding(line);
    }
  }

  private void fillBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void skipByteOrderMark() {
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == BOM) {
        chars.get();
      }
    }
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars.get(i);
      if (c == '\r' || (c == '\n' && !previousWasCr)) {
        line++;
      }
      previousWasCr = c == '\r';
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
