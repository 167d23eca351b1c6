package app.rapport.contact.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCsvEncodingTest {

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] chunk =
          part instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
      out.writeBytes(chunk);
    }
    return out.toByteArray();
  }

  @Test
  void refuses_invalid_utf8_naming_line_four() {
    byte[] csv =
        bytes(
            "First Name,Email\n",
            "Ada,ada@example.com\n",
            "Bob,bob@example.com\n",
            "M",
            new byte[] {(byte) 0xFC}, // "ü" in Windows-1252, not UTF-8
            "ller,m@example.com\n");

    assertThatThrownBy(() -> Uploads.read(csv, ImportLimits.defaults(), Map.of()))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(4))
        .hasMessageStartingWith("line 4 is not valid UTF-8");
  }

  @Test
  void counts_quoted_line_breaks_when_naming_the_line_of_the_bad_byte() {
    byte[] csv =
        bytes(
            "First Name,Email,Notes\n",
            "Ada,ada@example.com,\"two\nlines\"\n",
            "Bob,bob@example.com,",
            new byte[] {(byte) 0x80},
            "\n");

    assertThatThrownBy(() -> Uploads.read(csv, ImportLimits.defaults(), Map.of()))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(4));
  }

  @Test
  void names_the_line_of_the_bad_byte_across_windows_line_ends_and_blank_lines() {
    byte[] csv =
        bytes(
            "First Name,Email\r\n",
            "Ada,ada@example.com\r\n",
            "\r\n",
            "Bob",
            new byte[] {(byte) 0xC3, (byte) 0x28},
            ",bob@example.com\r\n");

    assertThatThrownBy(() -> Uploads.read(csv, ImportLimits.defaults(), Map.of()))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(4));
  }

  @Test
  void hands_out_the_rows_before_the_bad_byte_then_refuses() {
    byte[] csv =
        bytes(
            "First Name,Email\nAda,ada@example.com\nBob,bob@example.com\n",
            new byte[] {(byte) 0xFF});
    List<ContactRow> rows = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new ContactCsvReader(ImportLimits.defaults(), Map.of())
                    .read(new ByteArrayInputStream(csv), rows::add, problem -> {}))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(4));
    assertThat(rows).extracting(ContactRow::firstName).containsExactly("Ada", "Bob");
  }

  @Test
  void refuses_a_multibyte_character_cut_off_at_the_end_of_the_file() {
    byte[] csv = bytes("First Name,Email\nAda,ada@example.com\nZo", new byte[] {(byte) 0xC3});

    assertThatThrownBy(() -> Uploads.read(csv, ImportLimits.defaults(), Map.of()))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(3));
  }

  @Test
  void refuses_an_encoded_surrogate_which_is_not_utf8() {
    byte[] csv =
        bytes(
            "First Name,Email\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, ",a@b.co\n");

    assertThatThrownBy(() -> Uploads.read(csv, ImportLimits.defaults(), Map.of()))
        .isInstanceOfSatisfying(
            InvalidEncoding.class, error -> assertThat(error.line()).isEqualTo(2));
  }

  @Test
  void reads_accents_and_emoji_encoded_correctly() {
    Uploads.Result result = Uploads.read("First Name,Email\nJürgen 🙂,j@müller.de\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .extracting(ContactRow::firstName, ContactRow::lastName, ContactRow::email)
        .containsExactly(tuple("Jürgen 🙂", null, "j@müller.de"));
  }
}
