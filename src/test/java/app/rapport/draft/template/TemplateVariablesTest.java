package app.rapport.draft.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

  private static TemplateDefinition template(String body) {
    return TemplateParser.parse(
        "---\nname: t\ndescription: t\ncontextType: TALK\nchannels: EMAIL\nkind: INVITATION\n"
            + "subject: About {{hook.title}}\n---\n"
            + body,
        false);
  }

  @Test
  void resolves_names_inside_a_section_relative_to_it() {
    TemplateDefinition t =
        template("{{#links}}yes: {{accept}} {{.}}{{/links}}{{^hook.note}}-{{/hook.note}}");

    assertThat(TemplateVariables.variablesUsed(t))
        .containsExactly("hook.note", "hook.title", "links", "links.accept");
  }

  @Test
  void tells_apart_what_only_the_subject_uses() {
    TemplateDefinition t = template("Hi {{contact.firstName}}");

    assertThat(TemplateVariables.variablesUsedInBody(t)).containsExactly("contact.firstName");
    assertThat(TemplateVariables.variablesUsed(t)).contains("hook.title");
  }

  @Test
  void refuses_a_name_unknown_in_every_enclosing_section() {
    assertThatThrownBy(() -> template("{{#links}}\n{{title}}\n{{/links}}"))
        .isInstanceOfSatisfying(TemplateSyntaxError.class, e -> assertThat(e.line()).isEqualTo(10));
  }

  @Test
  void refuses_a_dot_outside_any_section() {
    assertThatThrownBy(() -> template("Hi {{.}}"))
        .isInstanceOfSatisfying(
            TemplateSyntaxError.class, e -> assertThat(e.reason()).contains("inside a section"));
  }
}
