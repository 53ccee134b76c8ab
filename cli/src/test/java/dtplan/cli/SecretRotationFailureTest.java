package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.FaultRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rotated connection string whose endpoint PUT fails: the instance's fingerprint tag must still
 * describe the old secret Azure holds, so the next plan proposes the rotation again instead of
 * saying "No changes" while the endpoint keeps the old key.
 */
class SecretRotationFailureTest {
  @TempDir Path work;

  static String spec() {
    return """
        version: 1
        stack: rotation
        azure: {resourceGroup: rg-examples, location: westeurope}
        instances:
          rot-twins:
            tags: {team: iot}
            endpoints:
              telemetry:
                type: eventhub
                auth: key
                eventhub: %s
                connectionString: ${var.conn}
            routes:
              all: {endpoint: telemetry}
        """
        .formatted(Specs.EVENTHUB + "telemetry");
  }

  @Test
  void aFailedRotationIsProposedAgain() throws Exception {
    Path spec = Specs.write(work, "rotation.yaml", spec());
    String oldKey = Specs.eventHubConnection("telemetry");
    String newKey = oldKey.replace("SharedAccessKey=", "SharedAccessKey=rotated");
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result first = run(sb, spec, oldKey, "apply", "--auto-approve");
      assertThat(first.exit()).as(first.toString()).isZero();

      sb.sandbox
          .faults()
          .add(
              FaultRule.status(400)
                  .on(
                      "PUT",
                      "/subscriptions/**/digitalTwinsInstances/rot-twins/endpoints/telemetry")
                  .times(1000));
      Cli.Result rotate = run(sb, spec, newKey, "apply", "--auto-approve");
      assertThat(rotate.exit()).as(rotate.toString()).isEqualTo(1);
      assertThat(rotate.out())
          .as(rotate.toString())
          .containsPattern("failed\\s+instances\\.rot-twins\\.endpoints\\.telemetry \\(update\\)");

      sb.sandbox.faults().clear();
      Cli.Result again = run(sb, spec, newKey, "plan", "--detailed-exitcode");
      assertThat(again.exit()).as(again.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(again.out()))
          .as(again.toString())
          .containsEntry("instances.rot-twins.endpoints.telemetry", "updated");

      Cli.Result rest = run(sb, spec, newKey, "apply", "--auto-approve");
      assertThat(rest.exit()).as(rest.toString()).isZero();
      Cli.Result none = run(sb, spec, newKey, "plan", "--detailed-exitcode");
      assertThat(none.exit()).as(none.toString()).isZero();
    }
  }

  /** One CLI run against the sandbox with the connection string {@code conn} as ${var.conn}. */
  private static Cli.Result run(
      LiveSandbox sb, Path spec, String conn, String command, String... flags) {
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of(command, spec.toString()));
    args.addAll(java.util.List.of(flags));
    args.addAll(java.util.List.of("--sandbox", sb.url(), "--var", "conn=" + conn));
    return Cli.run(args.toArray(String[]::new));
  }
}
