package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.RequestEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving an endpoint from a connection string to the instance's identity: Azure cannot change the
 * authentication type in place, and refuses to delete an endpoint routes still use, so apply must
 * delete the routes, delete the endpoint, create it again and recreate the routes.
 */
class EndpointMigrationTest {
  @TempDir Path work;

  static final String INSTANCE = "mig-twins";

  static String spec(boolean identity) {
    String hub = Specs.EVENTHUB + "telemetry";
    StringBuilder s = new StringBuilder();
    s.append("version: 1\n");
    s.append("stack: migration\n");
    s.append("azure:\n  resourceGroup: rg-examples\n  location: westeurope\n");
    s.append("instances:\n");
    s.append("  mig-twins:\n");
    s.append("    identity: {system: true}\n");
    if (identity) {
      s.append("    roles:\n");
      s.append("      - role: Azure Event Hubs Data Sender\n");
      s.append("        scope: ").append(hub).append('\n');
    }
    s.append("    endpoints:\n");
    s.append("      telemetry:\n");
    s.append("        type: eventhub\n");
    s.append("        auth: ").append(identity ? "identity" : "key").append('\n');
    s.append("        eventhub: ").append(hub).append('\n');
    if (!identity) {
      s.append("        connectionString: ${var.conn}\n");
    }
    s.append("    routes:\n");
    s.append("      telemetry-all:\n");
    s.append("        endpoint: telemetry\n");
    s.append("        filter: \"type = 'microsoft.iot.telemetry'\"\n");
    s.append("      twin-created:\n");
    s.append("        endpoint: telemetry\n");
    s.append("        filter: \"type = 'Microsoft.DigitalTwins.Twin.Create'\"\n");
    return s.toString();
  }

  @Test
  void planShowsTheReplacementAndTheDeliveryGap() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyKeyed(sb);
      Cli.Result plan =
          Cli.run("plan", identitySpec().toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(plan.out())
          .as(plan.toString())
          .contains("-/+ endpoint \"telemetry\"")
          .contains("forces replacement")
          .contains("up to an hour");
      assertThat(plan.all()).doesNotContain(Specs.eventHubConnection("telemetry"));
      assertThat(sb.writes()).as("plan writes nothing").hasSize(writesAfterFirstApply);
    }
  }

  @Test
  void keyToIdentityReplacesTheEndpointAroundItsRoutes() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyKeyed(sb);
      sb.sandbox.requests().clear();
      Cli.Result apply =
          Cli.run("apply", identitySpec().toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out()).contains("-/+").contains("up to an hour");

      List<RequestEntry> writes = sb.writes();
      String log =
          writes.stream().map(e -> e.method() + " " + e.path()).reduce("", (a, b) -> a + "\n" + b);
      String routes = "/eventroutes/";
      String endpoint = "/digitalTwinsInstances/" + INSTANCE + "/endpoints/telemetry";
      List<Integer> routeDeletes = indexes(writes, "DELETE", routes);
      List<Integer> endpointDeletes = indexes(writes, "DELETE", endpoint);
      List<Integer> endpointPuts = indexes(writes, "PUT", endpoint);
      List<Integer> roleAssignmentPuts = indexes(writes, "PUT", "/roleAssignments/");
      List<Integer> routePuts = indexes(writes, "PUT", routes);
      assertThat(routeDeletes).as(log).hasSize(2);
      assertThat(endpointDeletes).as(log).hasSize(1);
      assertThat(endpointPuts).as(log).hasSize(1);
      assertThat(roleAssignmentPuts).as(log).hasSize(1);
      assertThat(routePuts).as(log).hasSize(2);
      int endpointDelete = endpointDeletes.get(0);
      int endpointPut = endpointPuts.get(0);
      assertThat(routeDeletes).as(log).allMatch(i -> i < endpointDelete);
      assertThat(endpointDelete).as(log).isLessThan(endpointPut);
      assertThat(roleAssignmentPuts.get(0)).as(log).isLessThan(endpointPut);
      assertThat(routePuts).as(log).allMatch(i -> i > endpointPut);
      assertThat(authenticationType(sb)).isEqualTo("IdentityBased");
      assertThat(sb.routes("rg-examples", INSTANCE))
          .containsOnlyKeys("telemetry-all", "twin-created");

      Cli.Result again =
          Cli.run("plan", identitySpec().toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("No changes");
    }
  }

  private int writesAfterFirstApply;

  private void applyKeyed(LiveSandbox sb) {
    Path keyed = Specs.write(work, "keyed.yaml", spec(false));
    String conn = "conn=" + Specs.eventHubConnection("telemetry");
    Cli.Result first =
        Cli.run("apply", keyed.toString(), "--var", conn, "--auto-approve", "--sandbox", sb.url());
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(authenticationType(sb)).isEqualTo("KeyBased");
    assertThat(sb.routes("rg-examples", INSTANCE))
        .containsOnlyKeys("telemetry-all", "twin-created");
    writesAfterFirstApply = sb.writes().size();
  }

  private Path identitySpec() {
    return Specs.write(work, "identity.yaml", spec(true));
  }

  private static String authenticationType(LiveSandbox sb) {
    return sb.endpoints("rg-examples", INSTANCE)
        .get("telemetry")
        .path("properties")
        .path("authenticationType")
        .asText();
  }

  private static List<Integer> indexes(List<RequestEntry> writes, String method, String pathPart) {
    java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      RequestEntry e = writes.get(i);
      if (e.method().equals(method) && e.path().contains(pathPart)) {
        out.add(i);
      }
    }
    return out;
  }
}
