package app.rapport.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextTypeTest {

  @Test
  void reads_a_type_whatever_its_case_spaces_dashes_and_underscores() {
    for (String written : new String[] {"Blog post", "blog-post", "BLOG_POST", " blog \t- post "}) {
      assertThat(ContextType.parse(written)).as(written).contains(ContextType.BLOG_POST);
    }
    assertThat(ContextType.parse("Mutual  connection")).contains(ContextType.MUTUAL_CONNECTION);
  }

  @Test
  void accepts_american_spelling_and_the_short_names_of_a_blog_post() {
    assertThat(ContextType.parse("organization")).contains(ContextType.ORGANISATION);
    assertThat(ContextType.parse("Post")).contains(ContextType.BLOG_POST);
    assertThat(ContextType.parse("blog")).contains(ContextType.BLOG_POST);
  }

  @Test
  void refuses_what_is_not_a_type() {
    assertThat(ContextType.parse("podcast")).isEmpty();
    assertThat(ContextType.parse("blogpost")).isEmpty();
    assertThat(ContextType.parse("")).isEmpty();
    assertThat(ContextType.parse(null)).isEmpty();
  }
}
