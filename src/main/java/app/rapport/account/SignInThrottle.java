package app.rapport.account;

import app.rapport.platform.problem.TooManyAttempts;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Applies the brute-force limits to a sign-in (per account and per client address) or a token check
 * (per client address: a wrong token names no account). Every check goes through here, and the
 * limits are applied before the password or token is looked at, so a throttled caller learns
 * nothing about whether it was right.
 *
 * <p>An attempt that must wait for parallel attempts of the same account or address (see {@link
 * LoginThrottle}) waits without holding a thread, for at most {@code max-wait}, then is refused
 * like a throttled one.
 *
 * <p>The client address is the one Vert.x reports. Behind a reverse proxy it is the proxy's, unless
 * {@code quarkus.http.proxy.proxy-address-forwarding} (and {@code allow-x-forwarded} or {@code
 * allow-forwarded}) is enabled, in which case Quarkus has already replaced it with the forwarded
 * one; a client's own {@code X-Forwarded-For} is ignored otherwise.
 */
@ApplicationScoped
public class SignInThrottle {

  private final LoginThrottle accounts;
  private final LoginThrottle addresses;
  private final ThrottleSettings settings;
  private final Clock clock;

  public SignInThrottle(ThrottleSettings settings, Clock clock) {
    this.settings = settings;
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
   * Checks a password sign-in for {@code email} within the limits: {@code check} runs on a worker
   * thread and answers the identity for a right password, empty for a wrong one. Fails with {@link
   * AuthenticationFailedException} for a wrong password and with a {@link TooManyAttempts} refusal
   * while the account or the address is waiting.
   */
  public Uni<SecurityIdentity> signIn(
      String email,
      AuthenticationRequest request,
      AuthenticationRequestContext context,
      Supplier<Optional<SecurityIdentity>> check) {
    String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    String address = clientAddress(request);
    Uni<Attempt> started =
        turn(accounts, account)
            .chain(
                () ->
                    turn(addresses, address)
                        .onFailure()
                        .invoke(() -> accounts.abandoned(account))
                        .onCancellation()
                        .invoke(() -> accounts.abandoned(account)))
            .map(ignored -> new Attempt(account, address));
    return checked(started, context, check);
  }

  /** Checks an API token within the limits of the request's client address, as {@link #signIn}. */
  public Uni<SecurityIdentity> tokenCheck(
      AuthenticationRequest request,
      AuthenticationRequestContext context,
      Supplier<Optional<SecurityIdentity>> check) {
    String address = clientAddress(request);
    Uni<Attempt> started = turn(addresses, address).map(ignored -> new Attempt(null, address));
    return checked(started, context, check);
  }

  private Uni<SecurityIdentity> checked(
      Uni<Attempt> started,
      AuthenticationRequestContext context,
      Supplier<Optional<SecurityIdentity>> check) {
    return started.chain(
        attempt ->
            context
                .runBlocking(
                    () -> {
                      Optional<SecurityIdentity> identity = check.get();
                      if (identity.isEmpty()) {
                        attempt.failed();
                        throw new AuthenticationFailedException();
                      }
                      attempt.succeeded();
                      return identity.get();
                    })
                // the database was down, or the client left: no verdict, nothing counted
                .onFailure()
                .invoke(attempt::abandoned)
                .onCancellation()
                .invoke(attempt::abandoned));
  }

  /**
   * Takes a turn on {@code throttle} for {@code key}: at once, after parallel attempts settle, or a
   * refusal.
   */
  private Uni<Void> turn(LoginThrottle throttle, String key) {
    long deadline = System.nanoTime() + settings.maxWait().toNanos();
    return turn(throttle, key, deadline);
  }

  private Uni<Void> turn(LoginThrottle throttle, String key, long deadline) {
    return Uni.createFrom()
        .deferred(
            () ->
                switch (throttle.begin(key)) {
                  case LoginThrottle.Go go -> Uni.createFrom().voidItem();
                  case LoginThrottle.Refused refused ->
                      Uni.createFrom()
                          .failure(TooManyAttempts.until(refused.until(), clock.instant()));
                  case LoginThrottle.Wait wait ->
                      Uni.createFrom()
                          .completionStage(wait.settled())
                          .ifNoItem()
                          .after(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                          .failWith(this::waitedTooLong)
                          .chain(() -> turn(throttle, key, deadline));
                });
  }

  private AuthenticationFailedException waitedTooLong() {
    return TooManyAttempts.until(clock.instant().plus(settings.firstDelay()), clock.instant());
  }

  /** One started check, settled exactly once whatever happens to the request. */
  private final class Attempt {
    private final String account;
    private final String address;
    private final AtomicBoolean settled = new AtomicBoolean();

    Attempt(String account, String address) {
      this.account = account;
      this.address = address;
    }

    /** Right: the account starts afresh; the address only gets its turn back (it may be shared). */
    void succeeded() {
      if (settled.compareAndSet(false, true)) {
        if (account != null) {
          accounts.succeeded(account);
        }
        addresses.abandoned(address);
      }
    }

    void failed() {
      if (settled.compareAndSet(false, true)) {
        if (account != null) {
          accounts.failed(account);
        }
        addresses.failed(address);
      }
    }

    void abandoned() {
      if (settled.compareAndSet(false, true)) {
        if (account != null) {
          accounts.abandoned(account);
        }
        addresses.abandoned(address);
      }
    }
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
