package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every option `--help` shows is documented: the README's table, or docs/*.md. */
class DocOptionsTest {
  private static final Path ROOT = Cli.repoRoot();
  private static final Set<String> STANDARD = Set.of("--help", "--version");

  /** {@code dtplan <command> --option}, for every option of every command and subcommand. */
  private static List<String> options(CommandLine cmd, String path, boolean nested) {
    List<String> out = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (!o.hidden() && !STANDARD.contains(o.longestName())) {
        out.add(path + " " + o.longestName());
      }
    }
    if (nested) {
      cmd.getSubcommands()
          .forEach((name, sub) -> out.addAll(options(sub, path + " " + name, true)));
    }
    return out;
  }

  private static boolean mentions(String text, String option) {
    return Pattern.compile(Pattern.quote(option) + "(?![\\w-])").matcher(text).find();
  }

  @Test
  void theReadmeTableListsEveryOptionOfEveryMainCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    CommandLine dtplan = Main.commandLine();
    List<String> missing = new ArrayList<>();
    dtplan
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              for (String o : options(sub, "dtplan " + name, false)) {
                if (!mentions(readme, o.substring(o.lastIndexOf(' ') + 1))) {
                  missing.add(o);
                }
              }
            });
    assertThat(options(dtplan, "dtplan", true)).hasSizeGreaterThan(20);
    assertThat(missing).as("options not in README.md").isEmpty();
  }

  @Test
  void everyOptionOfEveryCommandIsInTheDocs() throws IOException {
    StringBuilder docs = new StringBuilder(Files.readString(ROOT.resolve("README.md")));
    for (Path doc : DocCommandsTest.docs()) {
      docs.append(Files.readString(doc));
    }
    List<String> missing =
        options(Main.commandLine(), "dtplan", true).stream()
            .filter(o -> !mentions(docs.toString(), o.substring(o.lastIndexOf(' ') + 1)))
            .toList();
    assertThat(missing).as("options in no doc").isEmpty();
  }
}
