package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure SDK reads {@code AZURE_LOG_LEVEL} and {@code AZURE_HTTP_LOG_DETAIL_LEVEL} from the
 * environment; with slf4j-nop it falls back to its own logger on stdout. Whatever they say, the
 * request bodies of endpoint PUTs (connection strings, dead-letter SAS URLs) must not be printed.
 */
class SdkLogSecretsTest {
  static final String KEY_CANARY = "CanaryLogKey0123456789abcdefZZ";
  static final String SIG_CANARY = "CanaryLogSig0123456789abcdefZZ";

  @Test
  void verboseSdkLoggingFromTheEnvironmentPrintsNoSecret(@TempDir Path dir) throws Exception {
    try (LiveSandbox sandbox = LiveSandbox.start()) {
      Path spec = Cli.repoRoot().resolve("examples/servicebus-key.yaml");
      Map<String, String> env =
          Map.of(
              "AZURE_LOG_LEVEL",
              "verbose",
              "AZURE_HTTP_LOG_DETAIL_LEVEL",
              "BODY_AND_HEADERS",
              "DTPLAN_EXAMPLE_SB_CONNECTION",
              "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
                  + KEY_CANARY
                  + ";EntityPath=alerts",
              "DTPLAN_EXAMPLE_DEADLETTER_SAS",
              "https://stexamples.blob.core.windows.net/deadletter?sv=2022&sig=" + SIG_CANARY);
      Cli.Result apply =
          Cli.runProcess(
              dir,
              env,
              Duration.ofSeconds(120),
              "apply",
              spec.toString(),
              "--sandbox",
              sandbox.url(),
              "--auto-approve");
      assertThat(apply.exit()).as(apply.toString()).isZero();
      // The endpoint really was written with the secrets, so they did travel in a request body.
      assertThat(sandbox.endpoints("rg-examples", "sbkey-twins")).containsKey("alerts");
      // Neither secret, nor the bearer token (a JWT, whose header always starts "eyJ").
      assertThat(apply.all())
          .doesNotContain(KEY_CANARY)
          .doesNotContain(SIG_CANARY)
          .doesNotContain("Bearer ")
          .doesNotContain("eyJ");
    }
  }
}
