package app.rapport.response.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.response.token.InvalidToken.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTokensTest {

  private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
  private static final SigningKey OLD = key("k2025", 'o');
  private static final SigningKey NEW = key("k2026", 'n');

  private static SigningKey key(String id, char fill) {
    return new SigningKey(id, String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
  }

  private static AnswerTokens tokens(Instant now, SigningKey... keys) {
    return new AnswerTokens(List.of(keys), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static void assertRefused(ThrowingCallable verify, Reason reason) {
    assertThatThrownBy(verify)
        .isInstanceOfSatisfying(InvalidToken.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void a_token_verifies_to_the_invitation_and_purpose_it_was_issued_for() {
    AnswerTokens tokens = tokens(ISSUED, NEW);
    String token = tokens.issue(4711, AnswerPurpose.ANSWER);

    assertThat(tokens.verify(token, AnswerPurpose.ANSWER))
        .isEqualTo(new VerifiedToken(4711, AnswerPurpose.ANSWER, "k2026"));
  }

  @Test
  void a_token_is_url_safe_short_and_versioned() {
    String token = tokens(ISSUED, NEW).issue(Long.MAX_VALUE, AnswerPurpose.OPT_OUT);

    assertThat(token).startsWith("v1.k2026.").matches("[A-Za-z0-9_.-]+").hasSizeLessThan(120);
    assertThat(token.split("\\.")).hasSize(4);
  }

  @Test
  void a_changed_payload_is_refused_as_a_bad_signature() {
    AnswerTokens tokens = tokens(ISSUED, NEW);
    String[] parts = tokens.issue(4711, AnswerPurpose.ANSWER).split("\\.");
    byte[] payload = Base64.getUrlDecoder().decode(parts[2]);
    payload[7] ^= 1; // invitation 4711 becomes 4710
    String forged =
        String.join(
            ".",
            parts[0],
            parts[1],
            Base64.getUrlEncoder().withoutPadding().encodeToString(payload),
            parts[3]);

    assertRefused(() -> tokens.verify(forged, AnswerPurpose.ANSWER), Reason.BAD_SIGNATURE);
  }

  @Test
  void a_changed_signature_is_refused_as_a_bad_signature() {
    AnswerTokens tokens = tokens(ISSUED, NEW);
    String token = tokens.issue(4711, AnswerPurpose.ANSWER);
    int at = token.lastIndexOf('.') + 1; // the signature's first character: all 6 bits count
    char first = token.charAt(at);
    String forged = token.substring(0, at) + (first == 'A' ? 'B' : 'A') + token.substring(at + 1);

    assertRefused(() -> tokens.verify(forged, AnswerPurpose.ANSWER), Reason.BAD_SIGNATURE);
  }

  @Test
  void a_token_signed_by_a_key_we_do_not_hold_is_refused_as_unknown_key() {
    String foreign = tokens(ISSUED, key("elsewhere", 'x')).issue(4711, AnswerPurpose.ANSWER);

    assertRefused(
        () -> tokens(ISSUED, NEW).verify(foreign, AnswerPurpose.ANSWER), Reason.UNKNOWN_KEY);
  }

  @Test
  void a_token_naming_our_key_id_but_signed_with_another_secret_is_refused() {
    String forged = tokens(ISSUED, key("k2026", 'x')).issue(4711, AnswerPurpose.ANSWER);

    assertRefused(
        () -> tokens(ISSUED, NEW).verify(forged, AnswerPurpose.ANSWER), Reason.BAD_SIGNATURE);
  }

  @Test
  void after_rotation_old_tokens_still_verify_and_new_ones_use_the_new_key() {
    String before = tokens(ISSUED, OLD).issue(4711, AnswerPurpose.ANSWER);
    AnswerTokens rotated = tokens(ISSUED, NEW, OLD);
    String after = rotated.issue(4712, AnswerPurpose.ANSWER);

    assertThat(rotated.verify(before, AnswerPurpose.ANSWER).keyId()).isEqualTo("k2025");
    assertThat(rotated.verify(after, AnswerPurpose.ANSWER).keyId()).isEqualTo("k2026");
    assertThat(after).startsWith("v1.k2026.");
  }

  @Test
  void once_the_old_key_is_retired_its_tokens_are_refused_as_unknown_key() {
    String before = tokens(ISSUED, OLD).issue(4711, AnswerPurpose.OPT_OUT);

    assertRefused(
        () -> tokens(ISSUED, NEW).verify(before, AnswerPurpose.OPT_OUT), Reason.UNKNOWN_KEY);
  }

  @Test
  void an_answer_token_cannot_be_used_to_opt_out_nor_the_other_way_round() {
    AnswerTokens tokens = tokens(ISSUED, NEW);
    String answer = tokens.issue(4711, AnswerPurpose.ANSWER);
    String optOut = tokens.issue(4711, AnswerPurpose.OPT_OUT);

    assertRefused(() -> tokens.verify(answer, AnswerPurpose.OPT_OUT), Reason.WRONG_PURPOSE);
    assertRefused(() -> tokens.verify(optOut, AnswerPurpose.ANSWER), Reason.WRONG_PURPOSE);
  }

  @Test
  void an_answer_token_works_until_just_before_its_expiry_and_not_after() {
    String token = tokens(ISSUED, NEW).issue(4711, AnswerPurpose.ANSWER);
    Instant expiry = ISSUED.plus(AnswerTokens.DEFAULT_ANSWER_TTL);

    assertThat(
            tokens(expiry.minusSeconds(1), NEW).verify(token, AnswerPurpose.ANSWER).invitationId())
        .isEqualTo(4711);
    assertRefused(() -> tokens(expiry, NEW).verify(token, AnswerPurpose.ANSWER), Reason.EXPIRED);
  }

  @Test
  void the_answer_lifetime_is_configurable() {
    Clock clock = Clock.fixed(ISSUED, ZoneOffset.UTC);
    String token =
        new AnswerTokens(List.of(NEW), clock, Duration.ofDays(7)).issue(4711, AnswerPurpose.ANSWER);
    AnswerTokens eightDaysLater =
        new AnswerTokens(List.of(NEW), Clock.offset(clock, Duration.ofDays(8)), Duration.ofDays(7));

    assertRefused(() -> eightDaysLater.verify(token, AnswerPurpose.ANSWER), Reason.EXPIRED);
  }

  @Test
  void an_opt_out_link_from_a_year_ago_still_works() {
    Instant aYearAgo = ISSUED.minus(Duration.ofDays(366));
    String token = tokens(aYearAgo, NEW).issue(4711, AnswerPurpose.OPT_OUT);

    assertThat(tokens(ISSUED, NEW).verify(token, AnswerPurpose.OPT_OUT))
        .isEqualTo(new VerifiedToken(4711, AnswerPurpose.OPT_OUT, "k2026"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "v1",
        "v1.k2026",
        "v1.k2026.AAAA",
        "v1..AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v2.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.extra",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAA=.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAA+.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%41",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ",
        "v1.k2026.AAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
        "v1.k2026.ÄAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "...",
        "not a token at all"
      })
  void malformed_input_is_refused_as_malformed_and_nothing_else(String token) {
    assertRefused(() -> tokens(ISSUED, NEW).verify(token, AnswerPurpose.ANSWER), Reason.MALFORMED);
  }

  @Test
  void a_token_longer_than_the_limit_is_refused_before_decoding() {
    String huge = "v1.k2026." + "A".repeat(100_000) + "." + "A".repeat(43);

    assertRefused(() -> tokens(ISSUED, NEW).verify(huge, AnswerPurpose.ANSWER), Reason.MALFORMED);
  }

  @Test
  void a_non_canonical_base64_spelling_of_a_genuine_token_is_refused() {
    AnswerTokens tokens = tokens(ISSUED, NEW);
    String token = tokens.issue(4711, AnswerPurpose.ANSWER);
    int at = token.lastIndexOf('.') - 1; // last payload char carries 2 unused low bits
    char last = token.charAt(at);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    String respelled = token.substring(0, at) + sibling + token.substring(at + 1);

    assertRefused(() -> tokens.verify(respelled, AnswerPurpose.ANSWER), Reason.MALFORMED);
  }

  @Test
  void refuses_to_issue_for_an_invitation_id_that_is_not_positive() {
    assertThatThrownBy(() -> tokens(ISSUED, NEW).issue(0, AnswerPurpose.ANSWER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_an_answer_lifetime_shorter_than_a_second() {
    Clock clock = Clock.fixed(ISSUED, ZoneOffset.UTC);
    assertThatThrownBy(() -> new AnswerTokens(List.of(NEW), clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_a_signing_key_shorter_than_32_bytes() {
    assertThatThrownBy(() -> new SigningKey("short", new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "with.dot", "with space", "ä", "thirty-three-characters-long-id-x"})
  void refuses_a_key_id_that_cannot_travel_in_a_token(String id) {
    assertThatThrownBy(() -> new SigningKey(id, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_two_keys_with_the_same_id() {
    assertThatThrownBy(() -> tokens(ISSUED, NEW, key("k2026", 'z')))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_signing_key_never_prints_or_leaks_its_secret() {
    byte[] secret = "s".repeat(32).getBytes(StandardCharsets.US_ASCII);
    SigningKey key = new SigningKey("k1", secret);
    secret[0] = 'x';
    key.secret()[1] = 'x';

    assertThat(key.toString()).doesNotContain("sss").contains("k1");
    assertThat(key.secret()).isEqualTo("s".repeat(32).getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void a_signing_key_reads_its_secret_from_base64_configuration() {
    byte[] secret = new byte[48];
    secret[0] = (byte) 0xfb; // encodes to '+' or '-' depending on the alphabet
    SigningKey standard = SigningKey.fromBase64("k1", Base64.getEncoder().encodeToString(secret));
    SigningKey urlSafe = SigningKey.fromBase64("k1", Base64.getUrlEncoder().encodeToString(secret));

    assertThat(standard.secret()).isEqualTo(secret);
    assertThat(urlSafe).isEqualTo(standard);
  }
}
