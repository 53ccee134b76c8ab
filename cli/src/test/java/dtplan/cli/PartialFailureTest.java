package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.FaultRule;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One endpoint of one instance cannot be created: the other instance's work and the unrelated work
 * of the same instance complete, the endpoint's routes are skipped, apply exits 1 with a report,
 * and the next plan proposes exactly what is left.
 */
class PartialFailureTest {
  static final String RG = "rg-examples";

  @TempDir Path work;

  @ParameterizedTest(name = "endpoint PUT answers {0}")
  @ValueSource(ints = {400, 500})
  void failedEndpointSkipsItsRoutesOnly(int status) throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet("partial", "pf", 2));
    try (LiveSandbox sb = LiveSandbox.start()) {
      sb.sandbox
          .faults()
          .add(
              FaultRule.status(status)
                  .on("PUT", "/subscriptions/**/digitalTwinsInstances/pf-1/endpoints/telemetry")
                  .times(1000));
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      String out = apply.out();
      assertThat(out)
          .as(apply.toString())
          .contains("Apply failed.")
          .contains("done: 15, failed: 1, skipped: 2, not started: 0");
      assertThat(out)
          .as(apply.toString())
          .containsPattern("failed\\s+instances\\.pf-1\\.endpoints\\.telemetry \\(create\\): \\S")
          .containsPattern("skipped\\s+instances\\.pf-1\\.routes\\.telemetry-a \\(create\\)")
          .containsPattern("skipped\\s+instances\\.pf-1\\.routes\\.telemetry-b \\(create\\)");
      assertThat(out).doesNotContainPattern("(failed|skipped|not started)\\s+instances\\.pf-2");

      // The other instance is complete; the failing one has everything but the endpoint's branch.
      assertThat(sb.endpoints(RG, "pf-2")).containsOnlyKeys("telemetry", "alerts");
      assertThat(sb.routes(RG, "pf-2"))
          .containsOnlyKeys("telemetry-a", "telemetry-b", "alerts-a", "alerts-b");
      assertThat(sb.endpoints(RG, "pf-1")).containsOnlyKeys("alerts");
      assertThat(sb.routes(RG, "pf-1")).containsOnlyKeys("alerts-a", "alerts-b");

      sb.sandbox.faults().clear();
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out()))
          .as(plan.toString())
          .containsOnlyKeys(
              "instances.pf-1.endpoints.telemetry",
              "instances.pf-1.routes.telemetry-a",
              "instances.pf-1.routes.telemetry-b")
          .allSatisfy((address, action) -> assertThat(action).isEqualTo("created"));
      assertThat(PlanOutput.summary(plan.out())).containsExactly(3, 0, 0, 0);

      Cli.Result rest = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(rest.exit()).as(rest.toString()).isZero();
      Cli.Result none =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(none.exit()).as(none.toString()).isZero();
    }
  }
}
