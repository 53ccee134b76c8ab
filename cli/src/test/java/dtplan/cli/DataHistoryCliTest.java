package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data history connection with a user-assigned identity converges against the sandbox (its
 * principal, its event hub role and its database Admin all only exist after apply), and leaving the
 * spec deletes the connection, its event hub role and its database Admin, and drops the instance's
 * data history tag.
 */
class DataHistoryCliTest {
  @TempDir Path work;

  static String withUserIdentity() throws Exception {
    return Files.readString(Cli.example("data-history.yaml"))
        .replace("stack: data-history", "stack: data-history-uai")
        .replace("instances:", "identities:\n  recorder: {}\ninstances:")
        .replace("identity: {system: true}", "identity: {user: [recorder]}")
        .replace("identity: system", "identity: identities.recorder");
  }

  @Test
  void aUserIdentityConnectionConvergesAndLeavesWithItsRole() throws Exception {
    Path spec = Specs.write(work, "spec.yaml", withUserIdentity());
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out())
          .contains("instances.history-twins.dataHistory.history.roles.eventhub: Creation complete")
          .contains("instances.history-twins.dataHistory.history.roles.adx: Creation complete")
          .contains("instances.history-twins.dataHistory.history: Creation complete");
      Cli.Result again =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("No changes");

      String without =
          withUserIdentity().substring(0, withUserIdentity().indexOf("    dataHistory:"));
      Path dropped = Specs.write(work, "dropped.yaml", without);
      Cli.Result drop =
          Cli.run("apply", dropped.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(drop.exit()).as(drop.toString()).isZero();
      assertThat(drop.out())
          .contains("instances.history-twins.dataHistory.history: Destruction complete")
          .contains("instances.history-twins.dataHistory.history.roles.adx: Destruction complete")
          .contains("Resources: 0 added, 1 changed, 0 replaced, 3 destroyed");
      Cli.Result after =
          Cli.run("plan", dropped.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(after.exit()).as(after.toString()).isZero();
    }
  }

  /**
   * A spec that starts declaring a connection on an instance dtplan never gave one (no data history
   * tag) must still see a connection of that name made by hand: a create would write over it.
   */
  @Test
  void aConnectionMadeByHandIsSeenWhenTheSpecStartsDeclaringOne() throws Exception {
    String full = Files.readString(Cli.example("data-history.yaml"));
    Path bare = Specs.write(work, "bare.yaml", full.substring(0, full.indexOf("    dataHistory:")));
    Path spec = Specs.write(work, "spec.yaml", full);
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result made = Cli.run("apply", bare.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(made.exit()).as(made.toString()).isZero();
      String rg = LiveSandbox.groupPath("rg-examples");
      LiveSandbox.Res put =
          sb.send(
              "PUT",
              rg
                  + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/history-twins"
                  + "/timeSeriesDatabaseConnections/history",
              """
              {"properties": {"connectionType": "AzureDataExplorer",
                "adxEndpointUri": "https://adxexamples.westeurope.kusto.windows.net",
                "adxResourceId": "%1$s/providers/Microsoft.Kusto/clusters/adxexamples",
                "adxDatabaseName": "twins",
                "eventHubEndpointUri": "sb://ns-examples.servicebus.windows.net/",
                "eventHubEntityPath": "history",
                "eventHubNamespaceResourceId": "%1$s/providers/Microsoft.EventHub/namespaces/ns-examples",
                "eventHubConsumerGroup": "by-hand"}}
              """
                  .formatted(rg));
      assertThat(put.status()).as(put.body()).isIn(200, 201);

      Cli.Result plan = Cli.run("plan", spec.toString(), "--sandbox", sb.url());

      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(PlanOutput.changes(plan.out()))
          .as(plan.out())
          .containsEntry("instances.history-twins.dataHistory.history", "replaced");
    }
  }
}
