package app.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginCheckTest {

  @Test
  void a_form_from_our_own_pages_is_allowed() {
    assertThat(OriginCheck.allows("http://localhost:8080", null, "localhost:8080")).isTrue();
    assertThat(OriginCheck.allows("https://rapport.example", null, "rapport.example")).isTrue();
    assertThat(OriginCheck.allows("HTTPS://Rapport.Example", null, "rapport.example")).isTrue();
  }

  @Test
  void a_form_from_another_site_or_port_is_refused() {
    assertThat(OriginCheck.allows("https://evil.example", null, "rapport.example")).isFalse();
    assertThat(OriginCheck.allows("http://localhost:9999", null, "localhost:8080")).isFalse();
    assertThat(OriginCheck.allows("https://rapport.example.evil.example", null, "rapport.example"))
        .isFalse();
  }

  @Test
  void an_opaque_or_broken_origin_is_refused() {
    assertThat(OriginCheck.allows("null", null, "rapport.example")).isFalse();
    assertThat(OriginCheck.allows("http://a b", null, "rapport.example")).isFalse();
  }

  @Test
  void without_an_origin_the_referer_decides_and_without_both_the_token_alone() {
    assertThat(OriginCheck.allows(null, "https://evil.example/x", "rapport.example")).isFalse();
    assertThat(OriginCheck.allows(null, "https://rapport.example/lists", "rapport.example"))
        .isTrue();
    assertThat(OriginCheck.allows(null, null, "rapport.example")).isTrue();
  }
}
