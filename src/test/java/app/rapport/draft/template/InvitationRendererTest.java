package app.rapport.draft.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvitationRendererTest {

  private final InvitationRenderer renderer = new InvitationRenderer();

  private static TemplateDefinition template(String subject, String body) {
    String source =
        "---\nname: test\ndescription: test\ncontextType: BLOG_POST\nchannels: EMAIL\n"
            + "kind: INVITATION\nsubject: "
            + subject
            + "\nrequires: contact.firstName, hook.title\n---\n"
            + body;
    return TemplateParser.parse(source, false);
  }

  private static Map<String, Object> model(String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("contact", Map.of("firstName", "Ann"));
    model.put("hook", Map.of("title", title));
    return model;
  }

  @Test
  void inserts_a_value_holding_mustache_tags_literally() {
    TemplateDefinition t = template("{{hook.title}}", "Read: {{hook.title}}");

    RenderedInvitation out =
        renderer.render(t, model("{{{x}}} and {{>partial}} and {{contact.firstName}}"));

    assertThat(out.body()).isEqualTo("Read: {{{x}}} and {{>partial}} and {{contact.firstName}}");
    assertThat(out.subject()).isEqualTo("{{{x}}} and {{>partial}} and {{contact.firstName}}");
  }

  @Test
  void does_not_escape_html_in_plain_text() {
    TemplateDefinition t = template("About {{hook.title}}", "Read: {{hook.title}}");

    RenderedInvitation out = renderer.render(t, model("Tom & Jerry's <b>\"best\"</b>"));

    assertThat(out.body()).isEqualTo("Read: Tom & Jerry's <b>\"best\"</b>");
  }

  @Test
  void refuses_a_subject_that_would_carry_a_header_injection() {
    TemplateDefinition t = template("Your post {{hook.title}}", "Hi");

    assertThatThrownBy(() -> renderer.render(t, model("Nice\r\nBcc: everyone@example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> renderer.render(t, model("tab\there")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.render(t, model("line\u2028separator")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collapses_blank_lines_left_by_empty_sections_and_drops_trailing_spaces() {
    TemplateDefinition t =
        template(
            "{{hook.title}}",
            "\nHi {{contact.firstName}},   \n\n{{#hook.note}}{{hook.note}}{{/hook.note}}\n\n\n\nBye \n\n");

    assertThat(renderer.render(t, model("x")).body()).isEqualTo("Hi Ann,\n\nBye");
  }

  @Test
  void collapses_double_spaces_and_trims_the_subject() {
    TemplateDefinition t = template(" Re: {{hook.note}} {{hook.title}} ", "Hi");

    assertThat(renderer.render(t, model("Post")).subject()).isEqualTo("Re: Post");
  }

  @Test
  void reads_dotted_top_level_keys_as_nested_values() {
    TemplateDefinition t =
        template("{{hook.title}}", "Hi {{contact.firstName}} {{contact.company}}");
    Map<String, Object> model = model("Post");
    model.put("contact.company", "Acme");

    assertThat(renderer.render(t, model).body()).isEqualTo("Hi Ann Acme");
  }

  @Test
  void renders_an_edited_template_with_its_new_text_despite_the_same_name() {
    TemplateDefinition before = template("{{hook.title}}", "Before {{contact.firstName}}");
    TemplateDefinition after = template("{{hook.title}}", "After {{contact.firstName}}");

    assertThat(renderer.render(before, model("x")).body()).isEqualTo("Before Ann");
    assertThat(renderer.render(after, model("x")).body()).isEqualTo("After Ann");
    assertThat(renderer.render(before, model("x")).body()).isEqualTo("Before Ann");
  }

  @Test
  void lists_the_required_values_the_model_lacks_or_leaves_blank() {
    TemplateDefinition t = template("{{hook.title}}", "Hi");
    Map<String, Object> model = new HashMap<>();
    model.put("contact", Map.of("firstName", " "));

    assertThat(renderer.missingRequired(t, model))
        .containsExactly("contact.firstName", "hook.title");
    assertThat(renderer.missingRequired(t, model("Post"))).isEmpty();
  }
}
