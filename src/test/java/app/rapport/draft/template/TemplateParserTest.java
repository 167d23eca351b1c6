package app.rapport.draft.template;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

  /** The settings end on line 9: body line 1 is file line 10. */
  private static final String FRONT =
      """
      ---
      name: blog-post-email
      description: For someone whose blog post you read.
      contextType: BLOG_POST
      channels: EMAIL
      kind: INVITATION        # or INTRODUCTION_REQUEST
      subject: Your post on {{hook.title}}
      requires: contact.firstName, hook.title
      ---
      """;

  private static TemplateSyntaxError refusal(String source) {
    try {
      TemplateParser.parse(source, false);
    } catch (TemplateSyntaxError e) {
      return e;
    }
    throw new AssertionError("accepted:\n" + source);
  }

  @Test
  void reads_the_settings_and_keeps_the_body() {
    TemplateDefinition t = TemplateParser.parse(FRONT + "Hi {{contact.firstName}},\n", true);

    assertThat(t.name()).isEqualTo("blog-post-email");
    assertThat(t.description()).isEqualTo("For someone whose blog post you read.");
    assertThat(t.contextType()).isEqualTo(ContextType.BLOG_POST);
    assertThat(t.channels()).containsExactly(Channel.EMAIL);
    assertThat(t.kind()).isEqualTo(TemplateKind.INVITATION);
    assertThat(t.subject()).isEqualTo("Your post on {{hook.title}}");
    assertThat(t.requires()).containsExactly("contact.firstName", "hook.title");
    assertThat(t.body()).isEqualTo("Hi {{contact.firstName}},\n");
    assertThat(t.builtIn()).isTrue();
  }

  @Test
  void refuses_an_unclosed_section_at_its_line_in_the_file() {
    String body = "Hi {{contact.firstName}},\n\n{{#hook}}I read {{hook.title}}.\n\nBye\n";

    TemplateSyntaxError e = refusal(FRONT + body);

    assertThat(e.line()).isEqualTo(12);
    assertThat(e.getMessage()).startsWith("line 12: ").contains("{{#hook}}", "never closed");
  }

  @Test
  void refuses_a_mismatched_end_tag_at_the_line_of_the_end_tag() {
    String body = "Hi,\n{{#hook.note}}\nnote\n{{/hook.title}}\n";

    TemplateSyntaxError e = refusal(FRONT + body);

    assertThat(e.line()).isEqualTo(13);
    assertThat(e.reason()).contains("{{/hook.title}}", "{{#hook.note}}");
  }

  @Test
  void refuses_a_tag_never_closed_with_braces() {
    TemplateSyntaxError e = refusal(FRONT + "Hi,\n\nsee {{hook.title\n");

    assertThat(e.line()).isEqualTo(12);
  }

  @Test
  void refuses_partials_and_unescaped_tags_with_their_line() {
    assertThat(refusal(FRONT + "Hi,\n{{>signature}}\n").line()).isEqualTo(11);
    assertThat(refusal(FRONT + "Hi,\n{{{hook.title}}}\n").line()).isEqualTo(11);
    assertThat(refusal(FRONT + "\n\n{{&hook.title}}\n").reason()).contains("never escaped");
    assertThat(refusal(FRONT + "{{=<% %>=}}\n").reason()).contains("delimiters");
  }

  @Test
  void refuses_an_unknown_name_and_suggests_the_right_case() {
    TemplateSyntaxError e = refusal(FRONT + "Hi {{contact.firstname}},\n");

    assertThat(e.line()).isEqualTo(10);
    assertThat(e.reason()).contains("{{contact.firstname}}", "did you mean {{contact.firstName}}");
  }

  @Test
  void refuses_an_error_in_the_subject_at_the_subject_line() {
    String source = FRONT.replace("Your post on {{hook.title}}", "Your post {{#hook}}");

    assertThat(refusal(source + "Hi\n").line()).isEqualTo(7);
  }

  @Test
  void refuses_unknown_or_missing_settings_with_their_line() {
    assertThat(refusal(FRONT.replace("kind:", "knd:") + "Hi\n").line()).isEqualTo(6);
    assertThat(refusal(FRONT.replace("BLOG_POST", "PODCAST") + "Hi\n").line()).isEqualTo(4);
    assertThat(refusal(FRONT.replace("EMAIL", "EMAIL, FAX") + "Hi\n").line()).isEqualTo(5);
    assertThat(refusal(FRONT.replace("hook.title\n", "hook.titel\n") + "Hi\n").line()).isEqualTo(8);
    assertThat(refusal(FRONT.replace("name: blog-post-email", "name: Blog Post") + "Hi\n").line())
        .isEqualTo(2);
    TemplateSyntaxError noSubject =
        refusal(FRONT.replace("subject: Your post on {{hook.title}}\n", "") + "Hi\n");
    assertThat(noSubject.line()).isEqualTo(8);
    assertThat(noSubject.reason()).contains("subject");
  }

  @Test
  void refuses_a_file_without_front_matter_or_body() {
    assertThat(refusal("Hi {{contact.firstName}}\n").line()).isEqualTo(1);
    assertThat(refusal("---\nname: x\n").line()).isEqualTo(1);
    assertThat(refusal(FRONT + "\n  \n").reason()).contains("no body");
  }

  @Test
  void a_manual_template_needs_no_subject() {
    String source =
        FRONT
                .replace("channels: EMAIL", "channels: MANUAL")
                .replace("subject: Your post on {{hook.title}}\n", "")
            + "Hi {{contact.firstName}}";

    TemplateDefinition t = TemplateParser.parse(source, false);

    assertThat(t.subject()).isNull();
    assertThat(t.channels()).containsExactly(Channel.MANUAL);
  }

  @Test
  void keeps_a_hash_that_does_not_start_a_comment_and_reads_windows_line_endings() {
    String source =
        FRONT
                .replace("Your post on {{hook.title}}", "C# tips, issue #5 # a comment")
                .replace("\n", "\r\n")
            + "Hi\r\nthere\r\n";

    TemplateDefinition t = TemplateParser.parse(source, false);

    assertThat(t.subject()).isEqualTo("C# tips, issue #5");
    assertThat(t.body()).isEqualTo("Hi\nthere\n");
  }
}
