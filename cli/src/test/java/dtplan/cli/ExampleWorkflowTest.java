package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GitHub Actions example, as a user copies it. */
class ExampleWorkflowTest {
  private static final Path WORKFLOW = Cli.repoRoot().resolve("examples/github-actions/dtplan.yml");
  private static final Pattern USES = Pattern.compile("(?m)^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$");
  private static final Pattern PINNED =
      Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}\\s*# v\\d+(\\.\\d+)*");

  @Test
  void everyActionIsPinnedToACommitWithItsReleaseInAComment() throws Exception {
    String yaml = Files.readString(WORKFLOW);
    List<String> uses = new ArrayList<>();
    Matcher m = USES.matcher(yaml);
    while (m.find()) {
      uses.add((m.group(1) + m.group(2)).trim());
    }
    assertThat(uses).hasSizeGreaterThanOrEqualTo(8);
    assertThat(uses).allSatisfy(u -> assertThat(u).matches(PINNED));
  }

  @Test
  void aCancelledRunPostsNoCommentAndNeverBlamesTheLogin() throws Exception {
    String yaml = Files.readString(WORKFLOW);
    String post = yaml.substring(yaml.indexOf("- name: Post the plan to the pull request"));
    assertThat(post.lines().skip(1).findFirst().orElseThrow())
        .contains("if: ${{ !cancelled() &&")
        .doesNotContain("always()");
    assertThat(yaml).doesNotContain("Azure login?").contains("if: ${{ cancelled() }}");
  }
}
