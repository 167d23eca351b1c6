package app.rapport.guard;

import static app.rapport.guard.SampleDraft.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelRuleTest {
  private final ChannelRule rule = new ChannelRule(GuardSettings.defaults());

  @Test
  void passes_an_email_with_two_links_and_no_limit() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Your post (https://example.org/flags) and ours: www.example.com/notes.")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void passes_a_linkedin_note_of_exactly_300_characters() {
    DraftUnderReview draft = SampleDraft.good().linkedInNote("a".repeat(300)).build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void blocks_a_linkedin_note_over_300_characters_from_the_cut_on() {
    String body = "x".repeat(300) + " and this tail is cut";
    DraftUnderReview draft = SampleDraft.good().linkedInNote(body).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.start()).isEqualTo(300);
              assertThat(spanned(draft, f)).isEqualTo(" and this tail is cut");
              assertThat(f.message())
                  .contains("321 characters", "takes 300", "by 21 characters")
                  .contains("cut off around “and this tail is cut”");
            });
  }

  @Test
  void quotes_the_cut_from_the_start_of_the_word_it_falls_in() {
    String body = "y".repeat(295) + " schedule a call";
    DraftUnderReview draft = SampleDraft.good().linkedInNote(body).build();

    assertThat(new ChannelRule(GuardSettings.defaults()).check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(spanned(draft, f)).isEqualTo("dule a call");
              assertThat(f.message()).contains("around “schedule a call”");
            });
  }

  @Test
  void counts_an_emoji_as_one_character() {
    DraftUnderReview draft = SampleDraft.good().linkedInNote("🙂".repeat(300)).build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void blocks_every_link_beyond_the_second() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body(
                "See https://a.example/1, https://b.example/2, http://c.example/3 and"
                    + " www.d.example.")
            .build();

    assertThat(rule.check(draft))
        .extracting(f -> spanned(draft, f))
        .containsExactly("http://c.example/3", "www.d.example");
  }

  @Test
  void does_not_count_an_email_address_as_a_link() {
    DraftUnderReview draft =
        SampleDraft.good()
            .body("Write to me at lea@www.example.com, see https://a.example and https://b.example")
            .build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void blocks_a_tracking_pixel() {
    String pixel = "<img src=\"https://t.example/o.gif\" width=\"1\" height=\"1\">";
    DraftUnderReview draft = SampleDraft.good().body("Thanks!" + pixel).build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(spanned(draft, f)).isEqualTo(pixel);
              assertThat(f.message()).contains("tracking pixel");
            });
  }

  @Test
  void leaves_an_ordinary_image_alone() {
    DraftUnderReview draft =
        SampleDraft.good().body("<img src=\"https://x.example/chart.png\" width=\"600\">").build();

    assertThat(rule.check(draft)).isEmpty();
  }

  @Test
  void blocks_an_attachment() {
    DraftUnderReview draft =
        SampleDraft.good().body("Please find attached our company brochure.").build();

    assertThat(rule.check(draft))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(spanned(draft, f)).isEqualTo("Please find attached");
            });
  }
}
