package app.rapport.draft.template;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.vocabulary.Channel;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped templates read well with full and with sparse data (seeds 000, 001, 003, 004). */
class BuiltInTemplatesTest {

  private static final InvitationRenderer RENDERER = new InvitationRenderer();
  private static final Pattern WORD = Pattern.compile("\\S+");

  static Stream<String> all() {
    return TemplateCatalog.builtIn().all().stream().map(TemplateDefinition::name);
  }

  static Stream<String> emails() {
    return all().filter(name -> template(name).supports(Channel.EMAIL));
  }

  static Stream<String> notes() {
    return all().filter(name -> template(name).supports(Channel.MANUAL));
  }

  private static TemplateDefinition template(String name) {
    return TemplateCatalog.builtIn().byName(name).orElseThrow();
  }

  private static Map<String, Object> model(TemplateDefinition t, Map<String, Object> model) {
    return t.supports(Channel.EMAIL) ? model : Models.withoutLinks(model);
  }

  @ParameterizedTest
  @MethodSource("all")
  void renders_cleanly_with_every_value_present(String name) {
    TemplateDefinition t = template(name);
    RenderedInvitation out = RENDERER.render(t, model(t, Models.full()));

    assertClean(out.body());
    if (out.subject() != null) {
      assertClean(out.subject());
    }
  }

  @ParameterizedTest
  @MethodSource("all")
  void renders_cleanly_without_note_company_booking_url_or_signature(String name) {
    TemplateDefinition t = template(name);
    assertThat(RENDERER.missingRequired(t, Models.minimal())).isEmpty();

    RenderedInvitation out = RENDERER.render(t, Models.minimal());

    assertClean(out.body());
    assertThat(out.body()).doesNotContain("What stayed with me", "pick a slot", " at .");
  }

  @ParameterizedTest
  @MethodSource("notes")
  void a_linkedin_note_fits_in_300_characters_with_realistic_values(String name) {
    TemplateDefinition t = template(name);
    String body = RENDERER.render(t, Models.withoutLinks(Models.full())).body();

    assertThat(body).contains(Models.TITLE, Models.NOTE);
    assertThat(body.length()).as(body).isLessThanOrEqualTo(300);
  }

  @ParameterizedTest
  @MethodSource("notes")
  void a_linkedin_note_asks_for_the_minutes_and_leaves_an_out(String name) {
    TemplateDefinition t = template(name);
    String body = RENDERER.render(t, Models.withoutLinks(Models.full())).body();

    assertThat(body).contains(Models.INTENT, Models.MINUTES + " minutes");
    assertThat(body).containsIgnoringCase("no worries");
  }

  @ParameterizedTest
  @MethodSource("emails")
  void an_email_covers_the_five_points_and_names_the_context(String name) {
    TemplateDefinition t = template(name);
    String body = RENDERER.render(t, Models.full()).body();

    assertThat(body)
        .contains(Models.INTENT)
        .contains(Models.VALUE)
        .contains(Models.TOPIC)
        .contains(Models.MINUTES + " minutes")
        .contains("no worries at all", "no need to reply");
    String context =
        t.kind() == TemplateKind.INTRODUCTION_REQUEST ? "Montgomery Reyes" : Models.TITLE;
    assertThat(body).contains(context, Models.NOTE);
  }

  @ParameterizedTest
  @MethodSource("emails")
  void an_email_is_between_60_and_140_words_before_the_answer_links(String name) {
    TemplateDefinition t = template(name);
    for (Map<String, Object> model : List.of(Models.full(), Models.minimal())) {
      String body = RENDERER.render(t, model).body();
      String message = body.split("If you'd like to answer with one click:|\nSam Rivera")[0];

      assertThat(WORD.matcher(message).results().count()).as(t.name()).isBetween(60L, 140L);
    }
  }

  @ParameterizedTest
  @MethodSource("emails")
  void an_email_ends_with_the_three_answer_links_then_the_signature(String name) {
    TemplateDefinition t = template(name);
    String body = RENDERER.render(t, Models.full()).body();

    assertThat(body)
        .containsSubsequence(
            "no need to reply",
            ": https://rapport.example.com/a/4f9c2e/accept",
            "Not right now: https://rapport.example.com/a/4f9c2e/decline",
            "Please don't contact me again: https://rapport.example.com/a/4f9c2e/opt-out",
            "Sam Rivera\nIndependent reliability consultant");
    assertThat(body).endsWith("https://samrivera.example");
    assertThat(t.subject()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("all")
  void offers_no_gift_and_uses_no_sales_or_platitude_words(String name) {
    TemplateDefinition t = template(name);
    String text = (t.subject() == null ? "" : t.subject()) + "\n" + t.body();

    assertThat(text.toLowerCase())
        .doesNotContain(
            "gift",
            "voucher",
            "coupon",
            "discount",
            "buy",
            "free",
            "demo",
            "pricing",
            "limited time",
            "love your work",
            "great to meet you",
            "let's connect");
  }

  @ParameterizedTest
  @MethodSource("all")
  void renders_the_context_so_the_draft_is_specific_to_the_person(String name) {
    assertThat(TemplateVariables.variablesUsedInBody(template(name)))
        .contains("hook.note", "campaign.intent", "campaign.minutes")
        .containsAnyOf("hook.title", "introducee.fullName");
  }

  private static void assertClean(String text) {
    assertThat(text)
        .doesNotContain("{{", "}}", "''", "\"\"", "  ", "\n\n\n", " .", " ,", "..", " \n")
        .doesNotStartWith(" ")
        .isEqualTo(text.strip());
  }
}
