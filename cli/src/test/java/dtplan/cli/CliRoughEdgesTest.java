package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The rough edges a new user met in the CLI (issue 18, item 9): each one, as they met it. */
class CliRoughEdgesTest {
  @TempDir Path work;

  @Test
  void helpIsACommand() {
    Cli.Result r = Cli.run("help");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: dtplan").contains("Commands:");
    Cli.Result plan = Cli.run("help", "plan");
    assertThat(plan.exit()).as(plan.toString()).isZero();
    assertThat(plan.out()).contains("Usage: dtplan plan");
  }

  @Test
  void anUnknownCommandIsNamedWithWhatToDo() {
    Cli.Result r = Cli.run("deploy", "spec.yaml");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("unknown command `deploy`")
        .contains("dtplan --help")
        .doesNotContain("Unmatched argument");
    Cli.Result typo = Cli.run("aply", "spec.yaml");
    assertThat(typo.exit()).as(typo.toString()).isEqualTo(1);
    assertThat(typo.err()).contains("unknown command `aply`").contains("dtplan apply");
  }

  @Test
  void parallelismBelowOneIsAUsageError() {
    Cli.Result r =
        Cli.run(
            "plan",
            Cli.example("quickstart.yaml").toString(),
            "--parallelism",
            "0",
            "--sandbox",
            "http://127.0.0.1:1/");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("--parallelism").contains("at least 1");
    assertThat(r.all()).doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void aVarWithoutAValueSaysWhatIsExpected() {
    Cli.Result r = Cli.run("validate", Cli.example("quickstart.yaml").toString(), "--var", "rg");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("--var")
        .contains("NAME=VALUE")
        .contains("`rg`")
        .doesNotContain("option option");
  }

  @Test
  void outIntoAFileThatIsNoFolderNamesTheFolder() throws IOException {
    Path notAFolder = Files.writeString(work.resolve("notes.txt"), "x");
    Path out = notAFolder.resolve("plan.json");
    Cli.Result r =
        Cli.run(
            "plan",
            Cli.example("quickstart.yaml").toString(),
            "--out",
            out.toString(),
            "--sandbox",
            "http://127.0.0.1:1/");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains(notAFolder + " is a file, not a folder");
  }

  @Test
  void theSandboxIsNotCalledAzure() throws Exception {
    Cli.Result unreachable =
        Cli.run(
            "plan", Cli.example("quickstart.yaml").toString(), "--sandbox", "http://127.0.0.1:1/");
    assertThat(unreachable.err()).contains("the sandbox").doesNotContain("Azure Resource Manager");
    try (LiveSandbox sb = LiveSandbox.start()) {
      String spec = Cli.example("quickstart.yaml").toString();
      Cli.Result apply = Cli.run("apply", spec, "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      Cli.Result plan = Cli.run("plan", spec, "--sandbox", sb.url());
      assertThat(plan.out()).contains("No changes.").doesNotContain("Azure");
    }
  }

  /**
   * Picocli prints each string of a description on its own line(s): a sentence split across two
   * strings breaks mid-sentence whatever the terminal's width. A line is broken, not wrapped, when
   * the next word would have fit on it.
   */
  @Test
  void helpNeverBreaksASentenceInTheMiddle() {
    List<String> broken = new ArrayList<>();
    for (CommandLine cmd : allCommands(Main.commandLine())) {
      cmd.setUsageHelpWidth(WIDTH);
      String[] lines = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        String line = lines[i].stripTrailing();
        String next = lines[i + 1].strip();
        String nextWord = next.split(" ", 2)[0];
        boolean wouldHaveFit = line.length() + 1 + nextWord.length() <= WIDTH;
        if (!line.isEmpty()
            && Character.isLetter(line.charAt(line.length() - 1))
            && !next.isEmpty()
            && Character.isLowerCase(next.charAt(0))
            && wouldHaveFit
            && !isExample(line)
            && !isExample(next)) {
          broken.add(cmd.getCommandName() + ": \"" + line.strip() + "\" / \"" + next + "\"");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  private static final int WIDTH = 160;

  /** An example command line of a description: each stands on its own line. */
  private static boolean isExample(String line) {
    String s = line.strip();
    return s.startsWith("dtplan ") || s.startsWith("source ");
  }

  @Test
  void usageInterpolatesNothingToNull() {
    for (CommandLine cmd : allCommands(Main.commandLine())) {
      assertThat(cmd.getUsageMessage()).as(cmd.getCommandName()).doesNotContain("null");
    }
    assertThat(Cli.run("completion", "--help").out()).contains("${fpath[1]}/_dtplan");
  }

  @Test
  void aVarTypoOnTheCommandLineIsCaught() {
    Path spec =
        Specs.write(
            work,
            "spec.yaml",
            readExample("quickstart.yaml")
                .replace("location: westeurope", "location: ${var.location}"));
    Path vars = Specs.write(work, "vars.yaml", "location: westeurope\n");
    // The var file defines location; the override on the command line misspells it, and would
    // otherwise be ignored without a word.
    Cli.Result r =
        Cli.run(
            "validate",
            spec.toString(),
            "--var-file",
            vars.toString(),
            "--var",
            "locaton=northeurope");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("`locaton`").contains("did you mean `location`?");
  }

  @Test
  void applyHelpSaysItTakesASpecOrAPlanFile() {
    Cli.Result r = Cli.run("apply", "--help");
    assertThat(r.out()).contains("SPEC|PLANFILE").contains("--input");
  }

  @Test
  void validateSpeaksJson() throws Exception {
    Cli.Result ok =
        Cli.run("validate", Cli.example("quickstart.yaml").toString(), "--format", "json");
    assertThat(ok.exit()).as(ok.toString()).isZero();
    JsonNode valid = new ObjectMapper().readTree(ok.out());
    assertThat(valid.path("valid").asBoolean()).isTrue();
    assertThat(valid.path("error_count").asInt()).isZero();

    Path bad =
        Specs.write(
            work,
            "bad.yaml",
            readExample("quickstart.yaml").replace("endpoint: telemetry", "endpoint: telemtry"));
    Cli.Result r = Cli.run("validate", bad.toString(), "--format", "json", "--no-color");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    JsonNode invalid = new ObjectMapper().readTree(r.out());
    assertThat(invalid.path("valid").asBoolean()).isFalse();
    assertThat(invalid.path("error_count").asInt()).isEqualTo(1);
    JsonNode d = invalid.path("diagnostics").get(0);
    assertThat(d.path("severity").asText()).isEqualTo("error");
    assertThat(d.path("summary").asText()).contains("telemtry");
    assertThat(d.path("hint").asText()).isEqualTo("did you mean `telemetry`?");
    assertThat(d.path("range").path("filename").asText()).isEqualTo(bad.toString());
    assertThat(d.path("range").path("start").path("line").asInt()).isPositive();
  }

  @Test
  void applyWithInputFalseNeverAsks() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result r =
          Cli.run(
              "apply",
              Cli.example("quickstart.yaml").toString(),
              "--input=false",
              "--sandbox",
              sb.url());
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .contains("--input=false")
          .contains("--auto-approve")
          .doesNotContain("Unknown option");
      assertThat(r.out()).doesNotContain("Enter a value");
      assertThat(sb.list(instancesPath())).isEmpty();
    }
  }

  /** As Terraform does, an answer piped to standard input confirms: {@code echo yes | dtplan …}. */
  @Test
  void aPipedYesConfirms() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Child child =
          Cli.start(
              work,
              Map.of(),
              "apply",
              Cli.example("quickstart.yaml").toString(),
              "--sandbox",
              sb.url(),
              "--no-color");
      try (OutputStream in = child.process().getOutputStream()) {
        in.write("yes\n".getBytes(StandardCharsets.UTF_8));
      }
      Cli.Result r = child.await(Duration.ofSeconds(90));
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out()).contains("Enter a value").contains("Apply complete!");
      assertThat(sb.list(instancesPath())).hasSize(1);
    }
  }

  @Test
  void anEmptyStandardInputIsNoYes() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Child child =
          Cli.start(
              work,
              Map.of(),
              "apply",
              Cli.example("quickstart.yaml").toString(),
              "--sandbox",
              sb.url(),
              "--no-color");
      child.process().getOutputStream().close();
      Cli.Result r = child.await(Duration.ofSeconds(90));
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("Nothing was changed").contains("--auto-approve");
      assertThat(sb.list(instancesPath())).isEmpty();
    }
  }

  private static String instancesPath() {
    return "/subscriptions/"
        + LiveSandbox.SUB
        + "/resourceGroups/rg-quickstart/providers/Microsoft.DigitalTwins/digitalTwinsInstances";
  }

  private static List<CommandLine> allCommands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!all.contains(sub)) {
        all.addAll(allCommands(sub));
      }
    }
    return all;
  }

  private static String readExample(String name) {
    try {
      return Files.readString(Cli.example(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
