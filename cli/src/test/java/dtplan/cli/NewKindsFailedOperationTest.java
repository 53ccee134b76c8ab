package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.FaultRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's kinds after a long-running create that ends Failed (the sandbox's FAIL_LRO fault): the
 * apply says what failed and exits 1, Azure keeps the resource as Failed, the next plan replaces it
 * saying why, and the apply after that converges, as for endpoints (FailedOperationRepairTest).
 */
class NewKindsFailedOperationTest {
  static final String RG = "rg-examples";

  @TempDir Path work;

  @Test
  void aDataHistoryConnectionWhoseCreateFailedIsReplacedAndThenConverges() throws Exception {
    repairs(
        "data-history.yaml",
        "/subscriptions/**/digitalTwinsInstances/history-twins/timeSeriesDatabaseConnections/history",
        LiveSandbox.groupPath(RG)
            + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/history-twins"
            + "/timeSeriesDatabaseConnections/history",
        "instances.history-twins.dataHistory.history");
  }

  @Test
  void aPrivateEndpointWhoseCreateFailedIsReplacedAndThenConverges() throws Exception {
    repairs(
        "private-endpoint.yaml",
        "/subscriptions/**/privateEndpoints/pe-private-twins",
        LiveSandbox.groupPath(RG)
            + "/providers/Microsoft.Network/privateEndpoints/pe-private-twins",
        "instances.private-twins.privateEndpoints.pe-private-twins");
  }

  private void repairs(String example, String faultPath, String resourcePath, String address)
      throws Exception {
    Path spec = Cli.example(example);
    try (LiveSandbox sb = LiveSandbox.start()) {
      sb.sandbox.faults().add(FaultRule.failLro().on("PUT", faultPath).times(1));
      Cli.Result first = FailedOperationRepairTest.apply(sb, spec);
      assertThat(first.exit()).as(first.toString()).isEqualTo(1);
      assertThat(first.out())
          .as(first.toString())
          .containsPattern("failed\\s+" + address.replace(".", "\\.") + " \\(create\\)");
      assertThat(FailedOperationRepairTest.state(sb.get(resourcePath))).isEqualTo("Failed");

      Cli.Result plan = FailedOperationRepairTest.plan(sb, spec);
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out())).as(plan.out()).containsEntry(address, "replaced");
      assertThat(plan.out())
          .contains("  # " + address + " must be replaced\n  # (its last operation failed)\n");

      Cli.Result repair = FailedOperationRepairTest.apply(sb, spec);
      assertThat(repair.exit()).as(repair.toString()).isZero();
      assertThat(FailedOperationRepairTest.state(sb.get(resourcePath))).isEqualTo("Succeeded");
      FailedOperationRepairTest.assertNoChanges(sb, spec);
    }
  }
}
