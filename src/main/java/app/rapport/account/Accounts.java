package app.rapport.account;

import app.rapport.platform.problem.ApiError;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Accounts and their API tokens: creating them, and checking credentials. */
@ApplicationScoped
public class Accounts {

  static final String TOKEN_PREFIX = "rpt_";
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

  private final PasswordHasher hasher;
  private final PasswordPolicy policy = PasswordPolicy.standard();
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Accounts(PasswordHasher hasher, Clock clock) {
    this.hasher = hasher;
    this.clock = clock;
  }

  public record NewUser(String email, String displayName, String password, UserAccount.Role role) {}

  public record UserView(
      long id, String email, String displayName, String role, Instant createdAt) {
    static UserView of(UserAccount a) {
      return new UserView(a.id, a.email, a.displayName, a.role.name(), a.createdAt);
    }
  }

  public record TokenView(
      long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt);
    }
  }

  /** A token as shown once, at creation: the only time its secret is visible. */
  public record IssuedToken(long id, String name, String prefix, String token, Instant createdAt) {}

  @Transactional
  @ActivateRequestContext
  public Optional<UserAccount> verifyPassword(String email, String password) {
    Optional<UserAccount> account =
        email == null ? Optional.empty() : UserAccount.findByEmail(email);
    if (account.isEmpty()) {
      // spend the same time as a real check, so response times do not reveal which emails exist
      hasher.matches(password, "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Lr5/X6jkUaC6OUZbf/bKsm");
      return Optional.empty();
    }
    return hasher.matches(password, account.get().passwordHash) ? account : Optional.empty();
  }

  @Transactional
  @ActivateRequestContext
  public Optional<UserAccount> verifyToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> stored =
        ApiToken.<ApiToken>find("tokenHash = ?1 and revokedAt is null", TokenHash.of(token))
            .firstResultOptional();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    ApiToken found = stored.get();
    if (found.lastUsedAt == null || found.lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
      found.lastUsedAt = now;
    }
    return UserAccount.findByIdOptional(found.ownerId);
  }

  @Transactional
  public UserView createUser(NewUser request) {
    policy
        .problem(request.password())
        .ifPresent(
            problem -> {
              throw new ApiError.Invalid("The password is too weak: " + problem);
            });
    if (UserAccount.findByEmail(request.email()).isPresent()) {
      throw new ApiError.Conflict("An account with this email already exists.");
    }
    UserAccount account = new UserAccount();
    account.email = request.email().strip();
    account.displayName =
        request.displayName() == null || request.displayName().isBlank()
            ? account.email
            : request.displayName().strip();
    account.passwordHash = hasher.hash(request.password());
    account.role = request.role() == null ? UserAccount.Role.USER : request.role();
    account.createdAt = clock.instant();
    account.persist();
    return UserView.of(account);
  }

  @Transactional
  public UserView user(long id) {
    return UserAccount.<UserAccount>findByIdOptional(id)
        .map(UserView::of)
        .orElseThrow(() -> new ApiError.NotFound("User", id));
  }

  @Transactional
  public IssuedToken issueToken(long ownerId, String name) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken stored = new ApiToken();
    stored.ownerId = ownerId;
    stored.name = name.strip();
    stored.tokenHash = TokenHash.of(token);
    stored.prefix = token.substring(0, 10);
    stored.createdAt = clock.instant();
    stored.persist();
    return new IssuedToken(stored.id, stored.name, stored.prefix, token, stored.createdAt);
  }

  @Transactional
  public List<TokenView> tokens(long ownerId) {
    return ApiToken.<ApiToken>list("ownerId = ?1 and revokedAt is null order by id", ownerId)
        .stream()
        .map(TokenView::of)
        .toList();
  }

  @Transactional
  public void revokeToken(long ownerId, long tokenId) {
    ApiToken token =
        ApiToken.<ApiToken>find("id = ?1 and ownerId = ?2 and revokedAt is null", tokenId, ownerId)
            .firstResultOptional()
            .orElseThrow(() -> new ApiError.NotFound("Token", tokenId));
    token.revokedAt = clock.instant();
  }

  /**
   * Creates the first admin when the database has no account yet. Several replicas may start at
   * once: a transaction-scoped advisory lock lets exactly one of them do it.
   */
  @Transactional
  public Optional<UserView> createFirstAdmin(String email, String password) {
    Panache.getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(7242001)")
        .getSingleResult();
    if (UserAccount.count() > 0) {
      return Optional.empty();
    }
    UserAccount account = new UserAccount();
    account.email = email;
    account.displayName = "Administrator";
    account.passwordHash = hasher.hash(password);
    account.role = UserAccount.Role.ADMIN;
    account.createdAt = clock.instant();
    account.persist();
    return Optional.of(UserView.of(account));
  }
}
