package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.provider.ProviderException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 2: a plan with errors is still printed and saved for review, says everywhere that
 * it cannot be applied, offers no apply, and exits 1; an internal error exits with its own code.
 */
class PlanWithErrorsTest {
  @TempDir Path work;

  /** An identity-based endpoint to an event hub that does not exist: DESTINATION_NOT_FOUND. */
  static String spec() {
    return """
        version: 1
        stack: errors
        azure:
          resourceGroup: rg-examples
          location: westeurope
        instances:
          err-twins:
            identity: {system: true}
            endpoints:
              telemetry:
                type: eventhub
                auth: identity
                eventhub: %sno-such-hub
        """
        .formatted(Specs.EVENTHUB);
  }

  @Test
  void aPlanWithErrorsIsPrintedAndSavedButNotOfferedForApply() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "errors.yaml", spec());
      Path planFile = work.resolve("plan.json");
      int writesBefore = sb.writes().size();

      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(1);
      assertThat(plan.out())
          .as(plan.toString())
          .contains("no-such-hub")
          .contains("This plan has errors and cannot be applied.");
      assertThat(Files.exists(planFile)).as("saved for review").isTrue();
      assertThat(plan.err())
          .as(plan.toString())
          .doesNotContain("apply it with")
          .contains("Saved the plan to " + planFile)
          .contains("cannot be applied");

      Cli.Result markdown =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--format", "markdown");
      assertThat(markdown.exit()).as(markdown.toString()).isEqualTo(1);
      assertThat(markdown.out()).contains("cannot be applied");

      Cli.Result json = Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--format", "json");
      assertThat(json.exit()).as(json.toString()).isEqualTo(1);
      assertThat(LiveSandbox.JSON.readTree(json.out()).path("applyable").asBoolean(true)).isFalse();

      Cli.Result show = Cli.run("show", planFile.toString());
      assertThat(show.out()).as(show.toString()).contains("cannot be applied");

      for (String format : new String[] {"text", "json"}) {
        Cli.Result apply =
            Cli.run(
                "apply",
                planFile.toString(),
                "--sandbox",
                sb.url(),
                "--auto-approve",
                "--format",
                format);
        assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
        assertThat(apply.err())
            .as(apply.toString())
            .contains("has errors")
            .contains("cannot be applied")
            .contains("nothing was changed");
      }
      assertThat(sb.writes()).as("nothing written").hasSize(writesBefore);
    }
  }

  @Test
  void applyOfASpecWithErrorsSaysWhyNothingWasChanged() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "errors.yaml", spec());
      Cli.Result apply =
          Cli.run("apply", spec.toString(), "--sandbox", sb.url(), "--format", "json");
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.err()).as(apply.toString()).contains("cannot be applied");
    }
  }

  @Test
  void anInternalErrorHasItsOwnExitCode() {
    FriendlyErrors handler = new FriendlyErrors(dtplan.azure.LogLevel.OFF);
    picocli.CommandLine cmd = Main.commandLine();
    cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
    int internal = handler.handleExecutionException(new IllegalStateException("bug"), cmd, null);
    int azure =
        handler.handleExecutionException(
            new ProviderException("Conflict", "Azure said no", null, false), cmd, null);
    int user = handler.handleExecutionException(new UserError("fix the spec"), cmd, null);
    assertThat(azure).isEqualTo(1);
    assertThat(user).isEqualTo(1);
    // The number README.md, docs and `dtplan --help` give for an internal error.
    assertThat(internal).isEqualTo(70);
    assertThat(Cli.run("--help").out()).contains("70 internal error");
  }
}
