package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.sandbox.RequestEntry;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's central operation, moving a key-based endpoint to the identity of an instance that has
 * none yet, both ways, in the order the sandbox's request log shows. Replacing it in place: the
 * identity enabled and the role granted (past PrincipalNotFound, which the sandbox answers while
 * the new principal replicates) before the first route is deleted, and the time routes were missing
 * reported. Renaming it: no route is ever deleted, each is repointed once the new endpoint exists,
 * and the old endpoint goes last.
 */
class MigrationOrderTest {
  @TempDir Path work;

  static final String INSTANCE = "order-twins";
  static final String ROUTES = "/eventroutes/";

  /** The instance with a key-based {@code telemetry}, or with an identity-based {@code name}. */
  static String spec(boolean identity, String name) {
    String hub = Specs.EVENTHUB + "telemetry";
    StringBuilder s = new StringBuilder();
    s.append("version: 1\nstack: order\n");
    s.append("azure: {resourceGroup: rg-examples, location: westeurope}\n");
    s.append("instances:\n  ").append(INSTANCE).append(":\n");
    if (identity) {
      s.append("    identity: {system: true}\n");
      s.append("    roles:\n      - role: Azure Event Hubs Data Sender\n");
      s.append("        scope: ").append(hub).append('\n');
    }
    s.append("    endpoints:\n      ").append(name).append(":\n");
    s.append("        type: eventhub\n        eventhub: ").append(hub).append('\n');
    if (identity) {
      s.append("        auth: identity\n");
    } else {
      s.append("        auth: key\n        connectionString: \"")
          .append(Specs.eventHubConnection("telemetry"))
          .append("\"\n");
    }
    s.append("    routes:\n");
    s.append("      all: {endpoint: ").append(name).append("}\n");
    s.append("      twins: {endpoint: ")
        .append(name)
        .append(", filter: \"type = 'Microsoft.DigitalTwins.Twin.Create'\"}\n");
    return s.toString();
  }

  /** A new principal is unknown to role assignments for 4 s (on Azure, up to minutes). */
  static LiveSandbox sandbox() throws Exception {
    return LiveSandbox.start(
        SandboxConfig.defaults().withPrincipalReplicationDelay(Duration.ofSeconds(4)));
  }

  void applyKeyed(LiveSandbox sb) {
    Path keyed = Specs.write(work, "keyed.yaml", spec(false, "telemetry"));
    Cli.Result first = Cli.run("apply", keyed.toString(), "--auto-approve", "--sandbox", sb.url());
    assertThat(first.exit()).as(first.toString()).isZero();
    sb.sandbox.requests().clear();
  }

  @Test
  void replacingInPlaceReadiesIdentityAndRoleBeforeTheFirstRouteGoesAndReportsTheGap()
      throws Exception {
    try (LiveSandbox sb = sandbox()) {
      applyKeyed(sb);
      Path identity = Specs.write(work, "identity.yaml", spec(true, "telemetry"));
      Cli.Result apply =
          Cli.run("apply", identity.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();

      List<RequestEntry> writes = sb.writes();
      String log = log(writes);
      String instance = "/digitalTwinsInstances/" + INSTANCE;
      List<Integer> identityPatches = indexes(writes, "PATCH", instance, true);
      List<Integer> rolePuts = indexes(writes, "PUT", "/roleAssignments/", false);
      List<Integer> routeDeletes = indexes(writes, "DELETE", ROUTES, false);
      List<Integer> endpointDeletes = indexes(writes, "DELETE", instance + "/endpoints/", false);
      List<Integer> endpointPuts = indexes(writes, "PUT", instance + "/endpoints/", false);
      List<Integer> routePuts = indexes(writes, "PUT", ROUTES, false);
      assertThat(routeDeletes).as(log).hasSize(2);
      assertThat(rolePuts)
          .as("refused while the principal replicates, then made: " + log)
          .hasSizeGreaterThan(1);
      int firstRouteDelete = routeDeletes.get(0);
      assertThat(identityPatches).as(log).isNotEmpty().allMatch(i -> i < firstRouteDelete);
      assertThat(rolePuts).as(log).allMatch(i -> i < firstRouteDelete);
      assertThat(endpointDeletes).as(log).singleElement().matches(i -> i > routeDeletes.get(1));
      assertThat(endpointPuts).as(log).singleElement().matches(i -> i > endpointDeletes.get(0));
      assertThat(routePuts).as(log).hasSize(2).allMatch(i -> i > endpointPuts.get(0));

      assertThat(apply.out())
          .as(apply.toString())
          .containsPattern(
              "instances\\."
                  + INSTANCE
                  + ": routes were missing for \\d+\\.\\ds \\(from the first"
                  + " route deleted to the last recreated\\)");
      assertThat(apply.out())
          .as("the plan shows the window before it is applied")
          .contains(
              "routes all, twins are missing while apply runs: instances."
                  + INSTANCE
                  + ".endpoints.telemetry (delete), instances."
                  + INSTANCE
                  + ".endpoints.telemetry (create)")
          .contains(
              "hint: to migrate without a gap, give the identity-based endpoint a new name"
                  + " (telemetry-id) and point routes all, twins at it");
    }
  }

  @Test
  void renamingRepointsEveryRouteInPlaceAndNoRouteIsEverMissing() throws Exception {
    try (LiveSandbox sb = sandbox()) {
      applyKeyed(sb);
      Path renamed = Specs.write(work, "renamed.yaml", spec(true, "telemetry-id"));
      Cli.Result apply =
          Cli.run(
              "apply",
              renamed.toString(),
              "--auto-approve",
              "--format",
              "json",
              "--sandbox",
              sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();

      List<RequestEntry> writes = sb.writes();
      String log = log(writes);
      String endpoints = "/digitalTwinsInstances/" + INSTANCE + "/endpoints/";
      assertThat(indexes(writes, "DELETE", ROUTES, false)).as(log).isEmpty();
      List<Integer> newEndpoint = indexes(writes, "PUT", endpoints + "telemetry-id", false);
      List<Integer> oldGone = indexes(writes, "DELETE", endpoints + "telemetry", false);
      List<Integer> repoints = indexes(writes, "PUT", ROUTES, false);
      assertThat(newEndpoint).as(log).hasSize(1);
      assertThat(oldGone).as(log).hasSize(1);
      assertThat(repoints)
          .as(log)
          .hasSize(2)
          .allMatch(i -> i > newEndpoint.get(0) && i < oldGone.get(0));
      assertThat(sb.routes("rg-examples", INSTANCE)).containsOnlyKeys("all", "twins");

      JsonNode finished = null;
      for (String line : apply.out().split("\n")) {
        if (line.contains("\"apply_finished\"")) {
          finished = LiveSandbox.JSON.readTree(line);
        }
      }
      assertThat(finished).as(apply.toString()).isNotNull();
      assertThat(finished.path("routes_missing").isArray()).isTrue();
      assertThat(finished.path("routes_missing")).as("no instance had a route missing").isEmpty();
    }
  }

  private static String log(List<RequestEntry> writes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < writes.size(); i++) {
      out.append('\n').append(i).append(' ').append(writes.get(i).method()).append(' ');
      out.append(writes.get(i).path());
    }
    return out.toString();
  }

  /** Indexes of writes with this method whose path contains the part (or ends with it). */
  private static List<Integer> indexes(
      List<RequestEntry> writes, String method, String part, boolean endsWith) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      RequestEntry e = writes.get(i);
      if (e.method().equals(method)
          && (endsWith ? e.path().endsWith(part) : e.path().contains(part))) {
        out.add(i);
      }
    }
    return out;
  }
}
