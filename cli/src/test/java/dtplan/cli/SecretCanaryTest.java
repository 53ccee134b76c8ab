package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known secret, given the way users give secrets (${env:…}), must appear in none of stdout,
 * stderr, the saved plan, or any format, through plan, show and apply.
 */
class SecretCanaryTest {
  static final String CANARY = "CanaryKey0123456789abcdefZZ";

  @Test
  void theSecretValueIsNeverPrintedOrSaved(@TempDir Path dir) throws Exception {
    try (LiveSandbox sandbox = LiveSandbox.start()) {
      Path spec = Cli.repoRoot().resolve("examples/servicebus-key.yaml");
      Map<String, String> env =
          Map.of(
              "DTPLAN_EXAMPLE_SB_CONNECTION",
              "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
                  + CANARY
                  + ";EntityPath=alerts",
              "DTPLAN_EXAMPLE_DEADLETTER_SAS",
              "https://stexamples.blob.core.windows.net/deadletter?sv=2022&sig=" + CANARY);
      Path planFile = dir.resolve("plan.json");
      StringBuilder everything = new StringBuilder();
      for (String format : new String[] {"text", "markdown", "json"}) {
        Cli.Result plan =
            Cli.runProcess(
                dir,
                env,
                Duration.ofSeconds(60),
                "plan",
                spec.toString(),
                "--sandbox",
                sandbox.url(),
                "--format",
                format,
                "--out",
                planFile.toString());
        assertThat(plan.exit()).as(plan.toString()).isZero();
        everything.append(plan.all()).append(Files.readString(planFile));
        Cli.Result show =
            Cli.runProcess(
                dir, env, Duration.ofSeconds(60), "show", planFile.toString(), "--format", format);
        everything.append(show.all());
      }
      Cli.Result apply =
          Cli.runProcess(
              dir,
              env,
              Duration.ofSeconds(120),
              "apply",
              planFile.toString(),
              "--sandbox",
              sandbox.url(),
              "--auto-approve");
      assertThat(apply.exit()).as(apply.toString()).isZero();
      everything.append(apply.all());
      assertThat(everything.toString()).contains("(sensitive value)").doesNotContain(CANARY);
      assertThat(Files.readString(planFile)).contains("${env:DTPLAN_EXAMPLE_SB_CONNECTION}");
    }
  }
}
