package app.rapport.response;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits the public answer and opt-out pages per client address (see {@link ClientBuckets}: per
 * replica, in memory). Behind a reverse proxy, enable {@code quarkus.http.proxy.*} forwarding so
 * that the address is the client's, not the proxy's.
 */
@ApplicationScoped
public class PublicRateLimit {

  private final ClientBuckets buckets;
  private final Clock clock;
  private final AnswerPages pages;

  public PublicRateLimit(
      @ConfigProperty(name = "rapport.answers.rate-limit.burst", defaultValue = "20") int burst,
      @ConfigProperty(name = "rapport.answers.rate-limit.per-minute", defaultValue = "30")
          int perMinute,
      Clock clock,
      AnswerPages pages) {
    this.buckets = new ClientBuckets(burst, perMinute, 10_000);
    this.clock = clock;
    this.pages = pages;
  }

  @ServerRequestFilter(preMatching = true)
  public Response limit(ContainerRequestContext context, HttpServerRequest request) {
    String path = request.path();
    if (path == null || !(path.startsWith("/a/") || path.startsWith("/u/"))) {
      return null;
    }
    SocketAddress remote = request.remoteAddress();
    String client = remote == null ? "unknown" : remote.hostAddress();
    if (buckets.take(client, clock.instant())) {
      return null;
    }
    return pages.response(
        AnswerPage.message(429, "Too many requests", "Please wait a minute and try again."));
  }
}
