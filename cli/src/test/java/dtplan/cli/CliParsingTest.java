package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Command-line parsing, and the errors a user meets before any Azure call. */
class CliParsingTest {
  @TempDir Path work;

  private static <T> T parsed(Class<T> type, String... args) {
    ParseResult result = Main.commandLine().parseArgs(args);
    assertThat(result.hasSubcommand()).isTrue();
    Object command = result.subcommand().commandSpec().userObject();
    assertThat(command).isInstanceOf(type);
    return type.cast(command);
  }

  @Test
  void planDefaults() {
    PlanCommand plan = parsed(PlanCommand.class, "plan", "spec.yaml");
    assertThat(plan.inputs.spec).isEqualTo(Path.of("spec.yaml"));
    assertThat(plan.inputs.vars).isEmpty();
    assertThat(plan.inputs.varFile).isNull();
    assertThat(plan.detailedExitCode).isFalse();
    assertThat(plan.noColor).isFalse();
    assertThat(plan.out).isNull();
    assertThat(plan.target.parallelism).isEqualTo(10);
    assertThat(plan.target.sandboxUrl).isNull();
    assertThat(plan.target.subscription).isNull();
  }

  @Test
  void planOptions() {
    PlanCommand plan =
        parsed(
            PlanCommand.class,
            "plan",
            "--detailed-exitcode",
            "spec.yaml",
            "--out",
            "plan.json",
            "--no-color",
            "--var",
            "a=1",
            "--var",
            "b=x=y",
            "--var-file",
            "vars.yaml",
            "--sandbox",
            "http://127.0.0.1:8080/",
            "--parallelism",
            "3");
    assertThat(plan.detailedExitCode).isTrue();
    assertThat(plan.out).isEqualTo(Path.of("plan.json"));
    assertThat(plan.noColor).isTrue();
    assertThat(plan.inputs.vars).containsExactly(Map.entry("a", "1"), Map.entry("b", "x=y"));
    assertThat(plan.inputs.varFile).isEqualTo(Path.of("vars.yaml"));
    assertThat(plan.target.sandboxUrl).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(plan.target.parallelism).isEqualTo(3);
  }

  @Test
  void applyDefaultsAndOptions() {
    ApplyCommand defaults = parsed(ApplyCommand.class, "apply", "spec.yaml");
    assertThat(defaults.autoApprove).isFalse();
    assertThat(defaults.allowInstanceDeletion).isFalse();
    assertThat(defaults.target.parallelism).isEqualTo(10);

    ApplyCommand apply =
        parsed(
            ApplyCommand.class,
            "apply",
            "plan.json",
            "--auto-approve",
            "--allow-instance-deletion",
            "--subscription",
            "11111111-2222-3333-4444-555555555555");
    assertThat(apply.inputs.spec).isEqualTo(Path.of("plan.json"));
    assertThat(apply.autoApprove).isTrue();
    assertThat(apply.allowInstanceDeletion).isTrue();
    assertThat(apply.target.subscription).isEqualTo("11111111-2222-3333-4444-555555555555");
    assertThat(apply.target.azureSubscription()).isEqualTo("11111111-2222-3333-4444-555555555555");
  }

  @Test
  void parseErrors() {
    assertThatThrownBy(() -> Main.commandLine().parseArgs("plan", "spec.yaml", "--bogus"))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class)
        .hasMessageContaining("--bogus");
    assertThatThrownBy(() -> Main.commandLine().parseArgs("plan"))
        .isInstanceOf(CommandLine.MissingParameterException.class)
        .hasMessageContaining("SPEC");
    assertThatThrownBy(() -> Main.commandLine().parseArgs("plan", "s.yaml", "--parallelism", "x"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--parallelism");
    assertThatThrownBy(() -> Main.commandLine().parseArgs("plan", "s.yaml", "--var", "novalue"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }

  @Test
  void unknownOptionIsAnErrorWithTheOptionNamed() {
    Cli.Result r = Cli.run("plan", "spec.yaml", "--detailed-exitcod");
    assertThat(r.exit()).as(r.toString()).isNotZero();
    assertThat(r.err()).contains("--detailed-exitcod");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  /**
   * README: exit 1 is "error", exit 2 is "plan --detailed-exitcode: changes present". A typo in the
   * command line must not look like "changes present" to a CI script.
   */
  @Test
  void usageErrorsExitOneNotTheChangesPresentCode() {
    Cli.Result r = Cli.run("plan", "spec.yaml", "--detailed-exitcode", "--bogus");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
  }

  @Test
  void unknownSubcommandExitsNonZeroWithAHint() {
    Cli.Result r = Cli.run("plna", "spec.yaml");
    assertThat(r.exit()).as(r.toString()).isNotZero();
    assertThat(r.err()).contains("plna").contains("plan");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void missingSpecFileIsOneLineWithoutAStackTrace() {
    String missing = work.resolve("nope.yaml").toString();
    for (String command : new String[] {"validate", "plan", "apply"}) {
      Cli.Result r =
          command.equals("validate")
              ? Cli.run(command, missing)
              : Cli.run(command, missing, "--sandbox", "http://127.0.0.1:1/");
      assertThat(r.exit()).as(command + ": " + r).isEqualTo(1);
      assertThat(r.err()).as(command + ": " + r).containsIgnoringCase("no such file");
      assertThat(r.err()).as(command + ": " + r).contains("nope.yaml");
      assertThat(r.all())
          .as(command + ": " + r)
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
    }
  }

  /**
   * Measured in-process after one warm-up run, so that the bound is on dtplan's own retries and
   * timeouts, not on JVM start-up and class loading (slow on a loaded build machine).
   */
  @Test
  void unreachableSandboxFailsFastNamingTheUrl() {
    String spec = Cli.example("quickstart.yaml").toString();
    String url = "http://127.0.0.1:1/";
    Cli.run("plan", spec, "--sandbox", url);
    for (String command : new String[] {"plan", "apply"}) {
      long start = System.nanoTime();
      Cli.Result r =
          command.equals("apply")
              ? Cli.run(command, spec, "--auto-approve", "--sandbox", url)
              : Cli.run(command, spec, "--sandbox", url);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).as(command + " took " + took).isLessThan(Duration.ofSeconds(10));
      assertThat(r.exit()).as(command + ": " + r).isEqualTo(1);
      assertThat(r.err()).as(command + ": " + r).contains("http://127.0.0.1:1");
      assertThat(r.all())
          .as(command + ": " + r)
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
    }
  }

  /** Picocli interpolates ${...} in descriptions; the usage must still show the spec syntax. */
  @Test
  void usageShowsTheVarSyntax() {
    String usage = Main.commandLine().getSubcommands().get("plan").getUsageMessage();
    assertThat(usage).contains("${var.NAME}").doesNotContain("for null");
  }

  @Test
  void subcommandHelp() {
    for (String command : new String[] {"validate", "plan", "apply"}) {
      Cli.Result r = Cli.run(command, "--help");
      assertThat(r.exit()).as(command + ": " + r).isZero();
      assertThat(r.out()).as(command + ": " + r).contains("Usage: dtplan " + command);
      assertThat(r.err()).as(command + ": " + r).doesNotContain("Missing required parameter");
    }
  }

  @Test
  void helpListsTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes").contains("130").contains("stale");
  }
}
