package app.rapport.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP client that connects from its own loopback address (127.0.0.x), so that tests of
 * per-address limits neither trip over nor disturb the other tests, which all come from 127.0.0.1.
 */
public final class LoopbackClient {

  private static final AtomicInteger NEXT = new AtomicInteger(40);

  private final HttpClient client;
  private final String address;

  private LoopbackClient(String address) {
    this.address = address;
    try {
      this.client =
          HttpClient.newBuilder()
              .localAddress(InetAddress.getByName(address))
              // as browsers do over plain HTTP (no h2c upgrade)
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client on a loopback address no other client of this test run uses. */
  public static LoopbackClient fresh() {
    return new LoopbackClient("127.0.0." + NEXT.getAndIncrement());
  }

  public String address() {
    return address;
  }

  /** Where the service under test listens, as seen from a loopback address. */
  public static String origin() {
    return "http://127.0.0.1:" + RestAssured.port;
  }

  public static String basic(String email, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin() + path));
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code path} with an {@code Authorization} header. */
  public HttpResponse<String> get(String path, String authorization) {
    return send(request(path).header("Authorization", authorization).GET().build());
  }
}
