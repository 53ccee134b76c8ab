package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * A value may hold an ANSI escape (which could clear a reviewer's terminal or recolour a line) or a
 * right-to-left override (which shows {@code gnp.exe} for {@code exe.png}). Every format shows such
 * characters as visible escapes; JSON keeps the value itself intact once parsed.
 */
class ControlCharsTest {
  /** A tag whose key and value hold an ESC sequence, an RLO, a zero-width space and a DEL. */
  private static final String SPEC =
      """
      version: 1
      stack: test
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          identity: {system: true}
          tags: {"owner\\e[2J": "red\\e[31m\\u202Egnp.exe\\u200B\\x7F"}
      """;

  private static final String VALUE = "red\u001b[31m\u202egnp.exe\u200b\u007f";

  private final Plan plan = Plans.plan(SPEC, Plans.emptyLive());

  @Test
  void textShowsThemEscaped() {
    String text = new TextRenderer(false).render(plan);
    assertHidden(text);
    assertThat(text)
        .contains("tags.owner\\u001b[2J")
        .contains("red\\u001b[31m\\u202egnp.exe\\u200b\\u007f");
  }

  @Test
  void markdownShowsThemEscaped() {
    String md = new MarkdownRenderer().render(plan);
    assertHidden(md);
    assertThat(md).contains("red\\u001b[31m\\u202egnp.exe\\u200b\\u007f");
  }

  @Test
  void jsonEscapesThemAndParsesBackToTheSameValue() throws Exception {
    String json = new JsonRenderer().render(plan);
    assertHidden(json);
    assertThat(json).contains("\\u202E").contains("\\u007F");
    assertThat(new ObjectMapper().readTree(json).toString()).contains(VALUE.substring(0, 3));
    assertThat(new ObjectMapper().readTree(json).findValuesAsText("owner\u001b[2J"))
        .contains(VALUE);
  }

  private static void assertHidden(String rendered) {
    assertThat(rendered)
        .doesNotContain("\u001b")
        .doesNotContain("\u202e")
        .doesNotContain("\u200b")
        .doesNotContain("\u007f");
  }
}
