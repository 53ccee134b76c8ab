package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example applies against a fresh sandbox, and a second plan finds nothing to do. */
class ExamplesEndToEndTest {
  /** Values for the examples' ${env:…} secrets, shaped as Azure's. */
  static final Map<String, String> EXAMPLE_ENV =
      Map.of(
          "DTPLAN_EXAMPLE_SB_CONNECTION",
          "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;"
              + "SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=;EntityPath=alerts",
          "DTPLAN_EXAMPLE_DEADLETTER_SAS",
          "https://stexamples.blob.core.windows.net/deadletter?sv=2022-11-02&sp=w&sig=dGVzdA%3D%3D",
          "DTPLAN_EXAMPLE_EG_KEY",
          "ZWctYWNjZXNzLWtleS1mb3ItdGVzdHM=");

  @TempDir Path work;

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Cli.repoRoot().resolve("examples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void appliesThenPlansNoChanges(Path example) throws Exception {
    boolean needsEnv = Files.readString(example).contains("${env:");
    try (LiveSandbox sb = LiveSandbox.start()) {
      String spec = example.toString();
      Cli.Result apply = dtplan(needsEnv, "apply", spec, "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out()).as(apply.toString()).contains("Apply complete!");

      Cli.Result plan =
          dtplan(needsEnv, "plan", spec, "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out()).as(plan.toString()).contains("No changes");
      for (String secret : EXAMPLE_ENV.values()) {
        assertThat(apply.all() + plan.all()).doesNotContain(secret);
      }
    }
  }

  private Cli.Result dtplan(boolean needsEnv, String... args) throws Exception {
    return needsEnv
        ? Cli.runProcess(work, EXAMPLE_ENV, Duration.ofSeconds(90), args)
        : Cli.run(args);
  }
}
