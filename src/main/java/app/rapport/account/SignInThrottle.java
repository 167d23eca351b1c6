package app.rapport.account;

import app.rapport.platform.problem.TooManyAttempts;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies the brute-force limits to a sign-in (per account and per client address) or a token check
 * (per client address: a wrong token names no account). Every check starts here, before the
 * password or token is looked at, so a throttled caller learns nothing about whether it was right.
 *
 * <p>The client address is the one Vert.x reports. Behind a reverse proxy it is the proxy's, unless
 * {@code quarkus.http.proxy.proxy-address-forwarding} (and {@code allow-x-forwarded} or {@code
 * allow-forwarded}) is enabled, in which case Quarkus has already replaced it with the forwarded
 * one; a client's own {@code X-Forwarded-For} is ignored otherwise.
 */
@ApplicationScoped
public class SignInThrottle {

  /** A started attempt: what to settle once the password or token has been checked. */
  public record Attempt(Optional<String> account, String address) {}

  private final LoginThrottle accounts;
  private final LoginThrottle addresses;
  private final Clock clock;

  public SignInThrottle(ThrottleSettings settings, Clock clock) {
    this.clock = clock;
    this.accounts = new LoginThrottle(limits(settings, settings.accountFreeFailures()), clock);
    this.addresses = new LoginThrottle(limits(settings, settings.addressFreeFailures()), clock);
  }

  private static LoginThrottle.Limits limits(ThrottleSettings settings, int freeFailures) {
    return new LoginThrottle.Limits(
        freeFailures,
        settings.firstDelay(),
        settings.maxDelay(),
        settings.forgetAfter(),
        settings.maxKeys());
  }

  /**
   * Starts a password sign-in for {@code email} from the request's client address, or throws the
   * refusal ({@link TooManyAttempts}) while either is waiting.
   */
  public Attempt beginSignIn(String email, AuthenticationRequest request) {
    String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    String address = clientAddress(request);
    Optional<Instant> refused = accounts.begin(account);
    if (refused.isPresent()) {
      throw TooManyAttempts.until(refused.get(), clock.instant());
    }
    Optional<Instant> addressRefused = addresses.begin(address);
    if (addressRefused.isPresent()) {
      accounts.forgive(account);
      throw TooManyAttempts.until(addressRefused.get(), clock.instant());
    }
    return new Attempt(Optional.of(account), address);
  }

  /** Starts an API token check from the request's client address, or throws the refusal. */
  public Attempt beginTokenCheck(AuthenticationRequest request) {
    String address = clientAddress(request);
    Optional<Instant> refused = addresses.begin(address);
    if (refused.isPresent()) {
      throw TooManyAttempts.until(refused.get(), clock.instant());
    }
    return new Attempt(Optional.empty(), address);
  }

  /** The password or token was right: the account starts afresh, the address gets its try back. */
  public void succeeded(Attempt attempt) {
    attempt.account().ifPresent(accounts::succeeded);
    addresses.forgive(attempt.address());
  }

  static String clientAddress(AuthenticationRequest request) {
    RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
    SocketAddress remote = context == null ? null : context.request().remoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.hostAddress() == null ? remote.toString() : remote.hostAddress();
  }
}
