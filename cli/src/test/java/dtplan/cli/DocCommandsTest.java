package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs say what dtplan does; this runs what they show. Every dtplan command in a fenced shell
 * block of README.md and docs/*.md runs, in document order, in a child JVM in a fresh folder (with
 * a copy of examples/) against the embedded sandbox, and must exit as the doc implies (see {@link
 * DocCommands} for the annotations).
 */
class DocCommandsTest {
  private static final Path ROOT = Cli.repoRoot();

  static List<Path> docs() throws IOException {
    List<Path> out = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandInTheDocsRunsAsTheDocSays(@TempDir Path work) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : docs()) {
      List<DocCommands.Command> commands = DocCommands.of(ROOT, doc);
      if (commands.isEmpty()) {
        continue;
      }
      Path dir = work.resolve(doc.getFileName().toString());
      tests.add(DynamicTest.dynamicTest(ROOT.relativize(doc).toString(), () -> run(dir, commands)));
    }
    return tests.stream();
  }

  private static void run(Path dir, List<DocCommands.Command> commands) throws Exception {
    copy(ROOT.resolve("examples"), dir.resolve("examples"));
    for (DocCommands.Command c : commands) {
      if (c.skip() != null) {
        continue;
      }
      assertThat(c.args())
          .as("%s: a command that needs Azure is marked skip (needs Azure)", c.where())
          .noneMatch(a -> a.startsWith("--subscription"));
      assertThat(c.env()).as(c.where()).doesNotContainKey("AZURE_SUBSCRIPTION_ID");
      Cli.Result r =
          Cli.runProcess(dir, c.env(), Duration.ofMinutes(2), c.args().toArray(String[]::new));
      assertThat(r.exit())
          .as("%s: dtplan %s\n%s", c.where(), String.join(" ", c.args()), r)
          .isEqualTo(c.exit());
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void theDocsShowEnoughCommandsAndSkipFew() throws IOException {
    List<DocCommands.Command> all = new ArrayList<>();
    for (Path doc : docs()) {
      all.addAll(DocCommands.of(ROOT, doc));
    }
    assertThat(all).as("dtplan commands in fenced shell blocks").hasSizeGreaterThanOrEqualTo(10);
    assertThat(all.stream().filter(c -> c.skip() != null).count())
        .as("skipped: %s", all.stream().filter(c -> c.skip() != null).toList())
        .isLessThanOrEqualTo(all.size() / 4);
  }

  @Test
  void aBlockTakesItsExpectationFromTheAnnotationBeforeIt(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("doc.md");
    Files.writeString(
        doc,
        """
        ```sh
        ./dtplan plan examples/quickstart.yaml   # plans
        ./mvnw verify
        ```

        <!-- doc-test: exit 2 -->

        ```sh
        $ NO_COLOR=1 dtplan plan 'examples/quick start.yaml' \\
            --detailed-exitcode
        ```

        <!-- doc-test: skip (needs Azure) -->
        ```sh
        dtplan plan twins.yaml --subscription 0000
        ```

        ```text
        dtplan plan is only output here
        ```
        """);
    List<DocCommands.Command> commands = DocCommands.of(dir, doc);
    assertThat(commands).hasSize(3);
    assertThat(commands.get(0).args()).containsExactly("plan", "examples/quickstart.yaml");
    assertThat(commands.get(0).exit()).isZero();
    assertThat(commands.get(1).args())
        .containsExactly("plan", "examples/quick start.yaml", "--detailed-exitcode");
    assertThat(commands.get(1).env()).containsEntry("NO_COLOR", "1");
    assertThat(commands.get(1).exit()).isEqualTo(2);
    assertThat(commands.get(2).skip()).isEqualTo("needs Azure");
  }
}
