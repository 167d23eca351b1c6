package app.rapport.response;

import app.rapport.response.token.AnswerTokens;
import app.rapport.response.token.SigningKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that sign answer links. Configured as {@code rapport.answers.keys} ("id:base64secret",
 * comma-separated, newest first: the first signs, all verify — rotation); otherwise one key is
 * generated and kept in the database, so every replica and every restart agrees.
 */
@ApplicationScoped
public class AnswerKeys {

  private final Optional<List<String>> configured;
  private final Duration answerTtl;
  private final Clock clock;
  private final EntityManager em;
  private volatile AnswerTokens tokens;

  public AnswerKeys(
      @ConfigProperty(name = "rapport.answers.keys") Optional<List<String>> configured,
      @ConfigProperty(name = "rapport.answers.ttl", defaultValue = "P90D") Duration answerTtl,
      Clock clock,
      EntityManager em) {
    this.configured = configured;
    this.answerTtl = answerTtl;
    this.clock = clock;
    this.em = em;
  }

  public AnswerTokens tokens() {
    AnswerTokens current = tokens;
    if (current == null) {
      synchronized (this) {
        if (tokens == null) {
          tokens = new AnswerTokens(keys(), clock, answerTtl);
        }
        current = tokens;
      }
    }
    return current;
  }

  private List<SigningKey> keys() {
    List<String> entries = configured.orElse(List.of()).stream().filter(s -> !s.isBlank()).toList();
    if (!entries.isEmpty()) {
      List<SigningKey> keys = new ArrayList<>();
      for (String entry : entries) {
        int colon = entry.indexOf(':');
        if (colon < 1) {
          throw new IllegalStateException("rapport.answers.keys entries look like id:base64secret");
        }
        keys.add(
            SigningKey.fromBase64(
                entry.substring(0, colon).strip(), entry.substring(colon + 1).strip()));
      }
      return keys;
    }
    return List.of(storedKey());
  }

  private SigningKey storedKey() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              em.createNativeQuery("select pg_advisory_xact_lock(7242002)").getSingleResult();
              List<?> rows =
                  em.createNativeQuery(
                          "select id, secret from answer_key order by created_at desc limit 1")
                      .getResultList();
              if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.getFirst();
                return SigningKey.fromBase64((String) row[0], (String) row[1]);
              }
              byte[] secret = new byte[32];
              new SecureRandom().nextBytes(secret);
              String encoded = Base64.getEncoder().encodeToString(secret);
              em.createNativeQuery(
                      "insert into answer_key (id, secret, created_at) values ('k1', ?1, ?2)")
                  .setParameter(1, encoded)
                  .setParameter(2, clock.instant())
                  .executeUpdate();
              return SigningKey.fromBase64("k1", encoded);
            });
  }
}
