package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.azure.LogLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code DTPLAN_LOG=debug|trace}, as a user turns it on: dtplan in a child JVM applying the
 * examples that carry every kind of secret (connection string, dead-letter SAS, Event Grid key),
 * each a canary, against a sandbox. The calls are on stderr; no canary and no token is anywhere.
 */
class DebugLogTest {
  static final String KEY = "CanaryDebugKey0123456789abcdef";
  static final String SIG = "CanaryDebugSig0123456789abcdef";
  static final String EG = "CanaryDebugEg0123456789abcdef";

  @TempDir Path dir;

  static Map<String, String> env(String level) {
    return Map.of(
        "DTPLAN_LOG",
        level,
        "DTPLAN_EXAMPLE_SB_CONNECTION",
        "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
            + KEY
            + ";EntityPath=alerts",
        "DTPLAN_EXAMPLE_DEADLETTER_SAS",
        "https://stexamples.blob.core.windows.net/deadletter?sv=2022&sp=w&sig=" + SIG,
        "DTPLAN_EXAMPLE_EG_KEY",
        EG);
  }

  @Test
  void traceShowsEveryCallWithItsBodiesAndNoSecret() throws Exception {
    try (LiveSandbox sandbox = LiveSandbox.start()) {
      for (String example : new String[] {"servicebus-key.yaml", "multi-instance.yaml"}) {
        Cli.Result apply =
            Cli.runProcess(
                dir,
                env("trace"),
                Duration.ofSeconds(120),
                "apply",
                Cli.example(example).toString(),
                "--sandbox",
                sandbox.url(),
                "--auto-approve",
                "--no-color");
        assertThat(apply.exit()).as(apply.toString()).isZero();
        assertThat(apply.all())
            .as(example)
            .doesNotContain(KEY)
            .doesNotContain(SIG)
            .doesNotContain(EG)
            .doesNotContain("eyJ")
            .doesNotContain("Bearer sandbox");
        // The log is on stderr: stdout is the plan and the apply, as without it.
        assertThat(apply.out()).doesNotContain("[dtplan ");
        assertThat(apply.err())
            .as(example)
            .containsPattern(
                "\\[dtplan \\S+] TRACE PUT http://127\\.0\\.0\\.1:\\d+/+subscriptions/\\S+/endpoints/\\S+"
                    + "\\?api-version=2023-01-31 -> 20\\d \\(\\d+ ms, attempt 1\\)")
            .containsPattern("TRACE PUT \\S+/eventroutes/\\S+ -> 20\\d")
            .contains("> Authorization: (redacted)")
            .contains("\"authenticationType\":\"KeyBased\"");
      }
    }
  }

  @Test
  void debugShowsOneLinePerCallAndNoBodies() throws Exception {
    try (LiveSandbox sandbox = LiveSandbox.start()) {
      Cli.Result plan =
          Cli.runProcess(
              dir,
              env("debug"),
              Duration.ofSeconds(120),
              "plan",
              Cli.example("servicebus-key.yaml").toString(),
              "--sandbox",
              sandbox.url(),
              "--no-color");
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.err())
          .containsPattern("DEBUG GET \\S+/digitalTwinsInstances\\?api-version=\\S+ -> 200")
          .doesNotContain("body:")
          .doesNotContain("TRACE");
      assertThat(plan.all()).doesNotContain(KEY).doesNotContain(SIG);
    }
  }

  @Test
  void debugPrintsTheStackTraceOfAnInternalError() {
    for (LogLevel level : LogLevel.values()) {
      CommandLine cmd = Main.commandLine();
      StringWriter err = new StringWriter();
      cmd.setErr(new PrintWriter(err, true));
      int exit =
          new FriendlyErrors(level)
              .handleExecutionException(new IllegalStateException("boom"), cmd, null);
      assertThat(exit).isEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(err.toString()).contains("internal error: java.lang.IllegalStateException: boom");
      if (level == LogLevel.OFF) {
        assertThat(err.toString()).doesNotContain("\tat ");
      } else {
        assertThat(err.toString()).contains("\tat dtplan.cli.DebugLogTest");
      }
    }
  }

  @Test
  void theOlderSwitchMeansDebug() {
    assertThat(LogLevel.of(Map.of("DTPLAN_DEBUG", "1"))).isEqualTo(LogLevel.DEBUG);
    assertThat(LogLevel.of(Map.of("DTPLAN_LOG", "trace", "DTPLAN_DEBUG", "1")))
        .isEqualTo(LogLevel.TRACE);
    assertThat(LogLevel.of(Map.of("DTPLAN_LOG", "TRACE"))).isEqualTo(LogLevel.TRACE);
    assertThat(LogLevel.of(Map.of())).isEqualTo(LogLevel.OFF);
    assertThat(LogLevel.of(Map.of("DTPLAN_LOG", "loud"))).isEqualTo(LogLevel.OFF);
  }
}
