package app.rapport.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderTextTest {

  @Test
  void accepts_names_in_any_script_with_spaces_quotes_and_emoji() {
    String name = "Zoë \"Zo\" Łukasiewicz-O'Brien, 山田 😀";

    assertThat(HeaderText.requireSafe("toName", name)).isEqualTo(name);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {"000D", "000A", "0000", "0009", "001B", "007F", "0085", "009B", "2028", "2029"})
  void refuses_line_breaks_and_control_characters_naming_the_field(String hex) {
    String value = "Alice" + (char) Integer.parseInt(hex, 16) + "Bcc: x@evil.example";

    assertThatThrownBy(() -> HeaderText.requireSafe("toName", value))
        .isInstanceOfSatisfying(
            UnsafeHeaderValue.class, e -> assertThat(e.fieldName()).isEqualTo("toName"))
        .hasMessageStartingWith("toName:")
        .hasMessageNotContaining("evil");
  }
}
