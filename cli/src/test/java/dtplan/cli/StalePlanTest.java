package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved plan is carried out only if nothing it touches changed since it was made; otherwise apply
 * exits 3, names what changed, and writes nothing.
 */
class StalePlanTest {
  static final String RG = "rg-examples";
  static final String INSTANCE = "stale-twins";

  @TempDir Path work;
  Path v1;
  Path v2;
  Path planFile;

  static String spec(boolean v2) {
    String hub = Specs.EVENTHUB;
    StringBuilder s = new StringBuilder();
    s.append("version: 1\nstack: stale\n");
    s.append("azure:\n  resourceGroup: rg-examples\n  location: westeurope\n");
    s.append("instances:\n  stale-twins:\n    identity: {system: true}\n");
    s.append("    roles:\n");
    s.append("      - role: Azure Event Hubs Data Sender\n        scope: " + hub + "telemetry\n");
    s.append("      - role: Azure Event Hubs Data Sender\n        scope: " + hub + "lifecycle\n");
    if (v2) {
      s.append("      - role: Storage Blob Data Contributor\n");
      s.append("        scope: " + Specs.DEADLETTER + "\n");
    }
    s.append("    endpoints:\n");
    s.append("      telemetry:\n        type: eventhub\n        auth: identity\n");
    s.append("        eventhub: " + hub + "telemetry\n");
    if (v2) {
      s.append("        deadLetter:\n          container: " + Specs.DEADLETTER + "\n");
      s.append("      lifecycle:\n        type: eventhub\n        auth: identity\n");
      s.append("        eventhub: " + hub + "lifecycle\n");
    }
    s.append("    routes:\n");
    s.append("      telemetry-all:\n        endpoint: telemetry\n");
    s.append("        filter: \"type = 'microsoft.iot.telemetry'\"\n");
    return s.toString();
  }

  @BeforeEach
  void specs() {
    v1 = Specs.write(work, "v1.yaml", spec(false));
    v2 = Specs.write(work, "v2.yaml", spec(true));
    planFile = work.resolve("plan.json");
  }

  /** Applies v1, then saves a plan for v2 that updates endpoint telemetry and creates lifecycle. */
  private void applyV1AndSavePlanForV2(LiveSandbox sb) {
    Cli.Result apply = Cli.run("apply", v1.toString(), "--auto-approve", "--sandbox", sb.url());
    assertThat(apply.exit()).as(apply.toString()).isZero();
    Cli.Result plan =
        Cli.run("plan", v2.toString(), "--out", planFile.toString(), "--sandbox", sb.url());
    assertThat(plan.exit()).as(plan.toString()).isZero();
    assertThat(Files.exists(planFile)).isTrue();
    assertThat(PlanOutput.changes(plan.out()))
        .containsEntry("instances.stale-twins.endpoints.telemetry", "updated")
        .containsEntry("instances.stale-twins.endpoints.lifecycle", "created");
  }

  @Test
  void endpointChangedSincePlanIsRefusedWithExit3AndNoWrite() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyV1AndSavePlanForV2(sb);

      // Someone else points the endpoint at another event hub.
      String path = LiveSandbox.endpointPath(RG, INSTANCE, "telemetry");
      ObjectNode body = (ObjectNode) sb.get(path).deepCopy();
      ((ObjectNode) body.path("properties")).put("entityPath", "lifecycle");
      ((ObjectNode) body.path("properties")).remove("provisioningState");
      LiveSandbox.Res put = sb.send("PUT", path, body.toString());
      assertThat(put.status()).as(put.body()).isIn(200, 201);
      awaitSucceeded(sb, path);

      sb.sandbox.requests().clear();
      Cli.Result apply =
          Cli.run("apply", planFile.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(3);
      assertThat(apply.err())
          .as(apply.toString())
          .contains("stale")
          .contains("instances.stale-twins.endpoints.telemetry");
      assertThat(sb.sandbox.requests().entries())
          .as("the plan's objects were read again")
          .isNotEmpty();
      assertThat(sb.writes()).as("nothing written").isEmpty();
      assertThat(sb.endpoints(RG, INSTANCE)).doesNotContainKey("lifecycle");
    }
  }

  @Test
  void endpointCreatedSincePlanIsRefusedWithExit3AndNoWrite() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyV1AndSavePlanForV2(sb);
      String principal = sb.instance(RG, INSTANCE).path("identity").path("principalId").asText();
      assertThat(principal).isNotBlank();

      // Someone else creates the endpoint the plan would create.
      String path = LiveSandbox.endpointPath(RG, INSTANCE, "lifecycle");
      String body =
          """
          {"properties": {"endpointType": "EventHub", "authenticationType": "IdentityBased",
            "endpointUri": "sb://ns-examples.servicebus.windows.net/", "entityPath": "lifecycle"}}
          """;
      LiveSandbox.Res put = sb.send("PUT", path, body);
      assertThat(put.status()).as(put.body()).isIn(200, 201);
      awaitSucceeded(sb, path);

      sb.sandbox.requests().clear();
      Cli.Result apply =
          Cli.run("apply", planFile.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(3);
      assertThat(apply.err())
          .as(apply.toString())
          .contains("instances.stale-twins.endpoints.lifecycle");
      assertThat(sb.sandbox.requests().entries()).isNotEmpty();
      assertThat(sb.writes()).as("nothing written").isEmpty();
    }
  }

  @Test
  void unchangedPlanApplies() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyV1AndSavePlanForV2(sb);
      Cli.Result apply =
          Cli.run("apply", planFile.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.endpoints(RG, INSTANCE)).containsOnlyKeys("telemetry", "lifecycle");
      Cli.Result after =
          Cli.run("plan", v2.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(after.exit()).as(after.toString()).isZero();
    }
  }

  static void awaitSucceeded(LiveSandbox sb, String path) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      String state = sb.get(path).path("properties").path("provisioningState").asText();
      if (state.equalsIgnoreCase("Succeeded")) {
        return;
      }
      sleep(100);
    }
    throw new AssertionError(path + " did not become Succeeded");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
