package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.sandbox.FaultRule;
import dtplan.sandbox.RequestEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running operation that ends Failed (the sandbox's FAIL_LRO fault) leaves the resource in
 * Azure with provisioningState Failed. The next plan replaces it, saying why, with the usual
 * cascade; the apply after that repairs it, and the plan after that has no changes. Before, a
 * Failed endpoint stayed as it was and its routes were retried for minutes on every apply, and a
 * Failed instance's routes failed with ParentResourceNotFound forever.
 */
class FailedOperationRepairTest {
  static final String RG = "rg-examples";
  static final String ENDPOINTS =
      "/subscriptions/**/digitalTwinsInstances/fr-1/endpoints/telemetry";

  @TempDir Path work;

  @Test
  void anEndpointWhoseCreateFailedIsReplacedByTheNextApplyAndThenNothingIsLeft() throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet("repair", "fr", 1));
    try (LiveSandbox sb = LiveSandbox.start()) {
      sb.sandbox.faults().add(FaultRule.failLro().on("PUT", ENDPOINTS).times(1));
      Cli.Result first = apply(sb, spec);
      assertThat(first.exit()).as(first.toString()).isEqualTo(1);
      assertThat(first.out())
          .as(first.toString())
          .containsPattern("failed\\s+instances\\.fr-1\\.endpoints\\.telemetry \\(create\\)");
      assertThat(state(sb.endpoints(RG, "fr-1").get("telemetry"))).isEqualTo("Failed");

      Cli.Result plan = plan(sb, spec);
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out()))
          .as(plan.toString())
          .containsExactly(
              java.util.Map.entry("instances.fr-1.endpoints.telemetry", "replaced"),
              java.util.Map.entry("instances.fr-1.routes.telemetry-a", "created"),
              java.util.Map.entry("instances.fr-1.routes.telemetry-b", "created"));
      assertThat(plan.out())
          .contains(
              "  # instances.fr-1.endpoints.telemetry must be replaced\n"
                  + "  # (its last operation failed)\n")
          .contains("~ provisioningState  = \"Failed\" -> \"Succeeded\" # forces replacement")
          .doesNotContain("ENDPOINT_NOT_HEALTHY")
          .doesNotContain("delivers nothing");

      sb.sandbox.requests().clear();
      Cli.Result repair = apply(sb, spec);
      assertThat(repair.exit()).as(repair.toString()).isZero();
      assertThat(repair.err())
          .as("no route waits for an endpoint that cannot become active")
          .doesNotContain("EventRouteEndpointInvalid");
      List<String> writes = writePaths(sb);
      assertThat(writes.indexOf("DELETE telemetry"))
          .isNotNegative()
          .isLessThan(writes.indexOf("PUT telemetry"));
      assertThat(state(sb.endpoints(RG, "fr-1").get("telemetry"))).isEqualTo("Succeeded");

      assertNoChanges(sb, spec);
    }
  }

  @Test
  void anEndpointAnUpdateLeftFailedIsReplacedWithItsRoutesDeletedBeforeAndCreatedAfter()
      throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet("repair", "fr", 1));
    try (LiveSandbox sb = LiveSandbox.start()) {
      assertThat(apply(sb, spec).exit()).isZero();
      // Someone's update of the endpoint fails: Azure keeps it, Failed, and its routes.
      String path = LiveSandbox.endpointPath(RG, "fr-1", "telemetry");
      ObjectNode properties = (ObjectNode) sb.get(path).path("properties").deepCopy();
      properties.remove(List.of("provisioningState", "createdTime"));
      sb.sandbox.faults().add(FaultRule.failLro().on("PUT", ENDPOINTS).times(1));
      assertThat(sb.send("PUT", path, "{\"properties\": " + properties + "}").status())
          .isEqualTo(200);
      sb.sandbox.faults().clear();
      assertThat(state(sb.endpoints(RG, "fr-1").get("telemetry"))).isEqualTo("Failed");

      Cli.Result plan = plan(sb, spec);
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out()))
          .as(plan.toString())
          .containsOnlyKeys(
              "instances.fr-1.endpoints.telemetry",
              "instances.fr-1.routes.telemetry-a",
              "instances.fr-1.routes.telemetry-b")
          .allSatisfy((address, action) -> assertThat(action).isEqualTo("replaced"));

      sb.sandbox.requests().clear();
      Cli.Result repair = apply(sb, spec);
      assertThat(repair.exit()).as(repair.toString()).isZero();
      List<String> writes = writePaths(sb);
      for (String route : List.of("telemetry-a", "telemetry-b")) {
        assertThat(writes.indexOf("DELETE " + route))
            .as(route + " is deleted before its endpoint")
            .isNotNegative()
            .isLessThan(writes.indexOf("DELETE telemetry"));
        assertThat(writes.indexOf("PUT " + route))
            .as(route + " is created after its endpoint")
            .isGreaterThan(writes.indexOf("PUT telemetry"));
      }
      assertNoChanges(sb, spec);
    }
  }

  @Test
  void anInstanceWhoseCreateFailedIsReplacedOnlyWithInstanceDeletionAllowedThenNothingIsLeft()
      throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet("repair", "fr", 1));
    try (LiveSandbox sb = LiveSandbox.start()) {
      sb.sandbox
          .faults()
          .add(
              FaultRule.failLro()
                  .on("PUT", "/subscriptions/**/digitalTwinsInstances/fr-1")
                  .times(1));
      Cli.Result first = apply(sb, spec);
      assertThat(first.exit()).as(first.toString()).isEqualTo(1);
      JsonNode failed = sb.instance(RG, "fr-1");
      assertThat(state(failed)).isEqualTo("Failed");

      Cli.Result plan = plan(sb, spec);
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out()))
          .as(plan.toString())
          .containsEntry("instances.fr-1", "replaced")
          .containsEntry("instances.fr-1.endpoints.telemetry", "created")
          .containsEntry("instances.fr-1.routes.alerts-b", "created");
      assertThat(plan.out())
          .contains("  # instances.fr-1 must be replaced\n  # (its last operation failed)\n")
          .contains(
              "instance fr-1 is replaced because its last operation failed (provisioningState"
                  + " Failed); it has no host name");

      // Replacing an instance deletes it: the flag is needed, as for any instance deletion.
      Cli.Result refused = apply(sb, spec);
      assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
      assertThat(refused.err()).contains("--allow-instance-deletion");
      assertThat(state(sb.instance(RG, "fr-1"))).isEqualTo("Failed");

      Cli.Result repair =
          Cli.run(
              "apply",
              spec.toString(),
              "--auto-approve",
              "--allow-instance-deletion",
              "--sandbox",
              sb.url());
      assertThat(repair.exit()).as(repair.toString()).isZero();
      assertThat(state(sb.instance(RG, "fr-1"))).isEqualTo("Succeeded");
      assertThat(sb.routes(RG, "fr-1")).hasSize(4);
      assertNoChanges(sb, spec);
    }
  }

  static Cli.Result apply(LiveSandbox sb, Path spec) {
    return Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
  }

  static Cli.Result plan(LiveSandbox sb, Path spec) {
    return Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
  }

  static void assertNoChanges(LiveSandbox sb, Path spec) {
    Cli.Result none = plan(sb, spec);
    assertThat(none.exit()).as(none.toString()).isZero();
    assertThat(none.out()).contains("No changes.");
  }

  static String state(JsonNode resource) {
    return resource.path("properties").path("provisioningState").asText();
  }

  /** "METHOD name" of each write, by the last segment of its path. */
  static List<String> writePaths(LiveSandbox sb) {
    return sb.writes().stream()
        .map(
            (RequestEntry e) ->
                e.method() + " " + e.path().substring(e.path().lastIndexOf('/') + 1))
        .toList();
  }
}
