package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormTokensTest {

  static final Optional<String> KEY = Optional.of("a-session-key-of-some-length-0123456789");

  @Test
  void the_token_of_a_nonce_matches_it_on_any_replica_sharing_the_key() {
    FormTokens one = new FormTokens(KEY);
    FormTokens other = new FormTokens(KEY);
    String nonce = one.newNonce();
    assertThat(other.matches(nonce, one.tokenFor(nonce))).isTrue();
  }

  @Test
  void a_token_for_another_nonce_or_from_another_key_does_not_match() {
    FormTokens tokens = new FormTokens(KEY);
    String nonce = tokens.newNonce();
    assertThat(tokens.matches(tokens.newNonce(), tokens.tokenFor(nonce))).isFalse();
    assertThat(
            tokens.matches(
                nonce, new FormTokens(Optional.of("another-key-0123456789abcdef")).tokenFor(nonce)))
        .isFalse();
  }

  @Test
  void the_nonce_itself_is_not_a_token() {
    FormTokens tokens = new FormTokens(KEY);
    String nonce = tokens.newNonce();
    assertThat(tokens.matches(nonce, nonce)).isFalse();
    assertThat(tokens.matches(nonce, null)).isFalse();
    assertThat(tokens.matches(null, tokens.tokenFor(nonce))).isFalse();
  }
}
