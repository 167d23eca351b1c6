package app.rapport.draft.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.vocabulary.Channel;
import app.rapport.vocabulary.ContextType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

  private static final Path FOLDER = Path.of("templates");

  @Test
  void the_index_lists_exactly_the_templates_in_the_folder() throws IOException {
    List<String> indexed =
        Files.readAllLines(FOLDER.resolve("index.txt")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    List<String> files;
    try (Stream<Path> listing = Files.list(FOLDER)) {
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".mustache"))
              .toList();
    }

    assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void loads_every_built_in_template_under_the_name_of_its_file() {
    TemplateCatalog catalog = TemplateCatalog.builtIn();

    assertThat(catalog.all()).hasSize(17).allMatch(TemplateDefinition::builtIn);
    assertThat(catalog.byName("blog-post-email")).isPresent();
    assertThat(catalog.byName("no-such-template")).isEmpty();
  }

  @Test
  void offers_an_email_and_a_linkedin_note_for_every_context_type() {
    TemplateCatalog catalog = TemplateCatalog.builtIn();

    for (ContextType type : ContextType.values()) {
      assertThat(catalog.forContext(type, Channel.EMAIL, TemplateKind.INVITATION))
          .as(type.name())
          .isNotEmpty();
      assertThat(catalog.forContext(type, Channel.MANUAL, TemplateKind.INVITATION))
          .as(type.name())
          .isNotEmpty();
    }
  }

  @Test
  void offers_variants_a_then_b_for_blog_posts_and_talks() {
    TemplateCatalog catalog = TemplateCatalog.builtIn();

    assertThat(catalog.forContext(ContextType.BLOG_POST, Channel.EMAIL, TemplateKind.INVITATION))
        .extracting(TemplateDefinition::name)
        .containsExactly("blog-post-email", "blog-post-email-b");
    assertThat(catalog.forContext(ContextType.TALK, Channel.EMAIL, TemplateKind.INVITATION))
        .extracting(TemplateDefinition::name)
        .containsExactly("talk-email", "talk-email-b");
  }

  @Test
  void offers_an_introduction_request_to_a_mutual_connection() {
    assertThat(
            TemplateCatalog.builtIn()
                .forContext(
                    ContextType.MUTUAL_CONNECTION,
                    Channel.EMAIL,
                    TemplateKind.INTRODUCTION_REQUEST))
        .extracting(TemplateDefinition::name)
        .containsExactly("introduction-request-email");
  }

  @Test
  void refuses_two_templates_with_the_same_name() {
    TemplateDefinition t = TemplateCatalog.builtIn().byName("talk-email").orElseThrow();

    assertThatThrownBy(() -> TemplateCatalog.of(List.of(t, t)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("talk-email");
  }
}
