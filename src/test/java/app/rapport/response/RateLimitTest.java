package app.rapport.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The public pages are limited per client address: a burst from one address ends in 429 while
 * another address is still served. The flood comes from 127.0.0.9 so other tests (127.0.0.1) keep
 * their own bucket.
 */
@QuarkusTest
class RateLimitTest {

  private static HttpResponse<String> get(String from, String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_burst_from_one_address_is_refused_with_429_and_others_are_still_served() throws Exception {
    int burst =
        ConfigProvider.getConfig().getValue("rapport.answers.rate-limit.burst", Integer.class);
    int refused = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < burst * 10 && refused == 0; i++) {
      last = get("127.0.0.9", "/a/not-a-token?choice=accept");
      if (last.statusCode() == 429) {
        refused++;
      } else {
        assertThat(last.statusCode()).isEqualTo(404);
      }
    }
    assertThat(refused).isOne();
    assertThat(last.headers().firstValue("Retry-After")).contains("60");
    assertThat(last.body()).contains("Too many requests");
    assertThat(get("127.0.0.10", "/a/not-a-token").statusCode()).isEqualTo(404);
    assertThat(get("127.0.0.9", "/api/me").statusCode()).isEqualTo(401);
  }
}
