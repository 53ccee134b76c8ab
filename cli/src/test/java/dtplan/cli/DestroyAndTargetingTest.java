package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dtplan destroy}, {@code plan --destroy}, {@code --target} and {@code --replace} end to
 * end, against the sandbox: what they write, and what they refuse to.
 */
class DestroyAndTargetingTest {
  static final String STACK = "teardown";
  static final String RG = "rg-examples";
  static final String INSTANCE = "td-twins";
  static final String OTHER_HUB =
      "/subscriptions/"
          + AzureFidelityScenariosTest.OTHER_SUB
          + "/resourceGroups/rg-other/providers/Microsoft.EventHub/namespaces/ns-other/eventhubs/h";
  static final String IDENTITY =
      "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/td-ingest";
  static final String UNSET = "DTPLAN_TEST_SECRET_THAT_IS_NEVER_SET";

  @TempDir Path work;

  /**
   * An instance with a role in another subscription, two key endpoints with a route each, and a
   * user identity with a role assignment of its own. {@code secret} is what the connection strings
   * say: a literal, or an environment variable.
   */
  static String spec(String secret) {
    return """
        version: 1
        stack: %s
        azure: {resourceGroup: %s, location: westeurope}
        identities:
          ingest: {name: td-ingest}
        instances:
          %s:
            identity: {system: true, user: [ingest]}
            roles:
              - {role: Azure Event Hubs Data Sender, scope: "%s"}
            endpoints:
              telemetry: {type: eventhub, auth: key, eventhub: "%s", connectionString: "%s"}
              archive: {type: eventhub, auth: key, eventhub: "%s", connectionString: "%s"}
            routes:
              all: {endpoint: telemetry}
              archived: {endpoint: archive}
        roleAssignments:
          ingest-sends: {principal: identities.ingest, role: Azure Event Hubs Data Sender, scope: "%s"}
        """
        .formatted(
            STACK,
            RG,
            INSTANCE,
            OTHER_HUB,
            Specs.EVENTHUB + "telemetry",
            secret == null ? Specs.eventHubConnection("telemetry") : secret,
            Specs.EVENTHUB + "telemetry",
            secret == null ? Specs.eventHubConnection("telemetry") : secret,
            Specs.EVENTHUB + "telemetry");
  }

  Path applied(LiveSandbox sb) {
    Path spec = Specs.write(work, "stack.yaml", spec(null));
    Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
    assertThat(apply.exit()).as(apply.toString()).isZero();
    assertThat(sb.instances(RG)).containsExactly(INSTANCE);
    assertThat(identityStatus(sb)).isEqualTo(200);
    assertThat(sb.roleAssignments(AzureFidelityScenariosTest.OTHER_SUB)).hasSize(1);
    return spec;
  }

  static int identityStatus(LiveSandbox sb) {
    return sb.send("GET", LiveSandbox.groupPath(RG) + IDENTITY, null).status();
  }

  static void assertNothingOwned(LiveSandbox sb) {
    assertThat(sb.instances(RG)).as("instances").isEmpty();
    assertThat(identityStatus(sb)).as("the identity the stack created").isEqualTo(404);
    assertThat(sb.roleAssignments(AzureFidelityScenariosTest.OTHER_SUB))
        .as("role assignments in the other subscription")
        .isEmpty();
    assertThat(sb.managedRoleAssignments(STACK)).as("role assignments the stack made").isEmpty();
  }

  @Test
  void destroyConvergesToNothingOwnedWithoutSecretsAndASecondDestroyHasNoChanges()
      throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applied(sb);
      // The same spec with its secrets in a variable that is not set: destroy needs none.
      Path secretless = Specs.write(work, "secretless.yaml", spec("${env:" + UNSET + "}"));
      int writes = sb.writes().size();

      Cli.Result gated =
          Cli.run("destroy", secretless.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(gated.exit()).as(gated.toString()).isEqualTo(1);
      assertThat(gated.err()).contains("--allow-instance-deletion");
      assertThat(sb.writes()).as("the gate stops destroy before it writes").hasSize(writes);

      Cli.Result destroy =
          Cli.run(
              "destroy",
              secretless.toString(),
              "--auto-approve",
              "--allow-instance-deletion",
              "--sandbox",
              sb.url());
      assertThat(destroy.exit()).as(destroy.toString()).isZero();
      assertThat(destroy.out())
          .contains("Destroy plan: it deletes everything stack teardown owns.")
          .contains("identities.ingest will be destroyed")
          .doesNotContain("Exception");
      assertNothingOwned(sb);

      Cli.Result again =
          Cli.run(
              "destroy",
              secretless.toString(),
              "--auto-approve",
              "--allow-instance-deletion",
              "--sandbox",
              sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out())
          .contains("No changes. The sandbox holds nothing stack teardown owns.");
    }
  }

  @Test
  void destroyNeedsAVariableThatNamesWhatItReads() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec =
          Specs.write(
              work,
              "named.yaml",
              spec(null).replace("name: td-ingest", "name: \"${env:" + UNSET + "}\""));
      Cli.Result destroy =
          Cli.run("destroy", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(destroy.exit()).as(destroy.toString()).isEqualTo(1);
      assertThat(destroy.err())
          .contains("environment variable " + UNSET + " is not set, and destroy needs it")
          .doesNotContain("Exception");
    }
  }

  @Test
  void planDestroyWritesNothingAndItsSavedPlanIsCarriedOutByApply() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = applied(sb);
      int writes = sb.writes().size();
      Path saved = work.resolve("destroy.json");
      Cli.Result plan =
          Cli.run(
              "plan",
              spec.toString(),
              "--destroy",
              "--detailed-exitcode",
              "--out",
              saved.toString(),
              "--sandbox",
              sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(plan.out()).contains("Destroy plan:").contains("to destroy.");
      assertThat(sb.writes()).as("plan --destroy writes nothing").hasSize(writes);
      assertThat(sb.instances(RG)).containsExactly(INSTANCE);

      Cli.Result apply =
          Cli.run("apply", saved.toString(), "--allow-instance-deletion", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertNothingOwned(sb);
    }
  }

  @Test
  void aTargetPlansOnlyItselfAndWhatItNeeds() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "stack.yaml", spec(null));
      String route = "instances." + INSTANCE + ".routes.archived";
      Cli.Result plan =
          Cli.run(
              "plan",
              spec.toString(),
              "--target",
              route,
              "--format",
              "json",
              "--sandbox",
              sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(plan.out());
      assertThat(json.path("partial").asBoolean()).isTrue();
      assertThat(json.path("targets").get(0).asText()).isEqualTo(route);
      List<String> addresses = new ArrayList<>();
      json.path("resource_changes").forEach(c -> addresses.add(c.path("address").asText()));
      assertThat(addresses)
          .contains("instances." + INSTANCE, "instances." + INSTANCE + ".endpoints.archive", route)
          .doesNotContain(
              "instances." + INSTANCE + ".endpoints.telemetry",
              "instances." + INSTANCE + ".routes.all",
              "roleAssignments.ingest-sends");

      Cli.Result apply =
          Cli.run(
              "apply", spec.toString(), "--target", route, "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out()).contains("Partial plan: only " + route + " and what it needs");
      assertThat(sb.endpoints(RG, INSTANCE)).containsOnlyKeys("archive");
      assertThat(sb.routes(RG, INSTANCE)).hasSize(1);

      Cli.Result rest =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(rest.exit()).as("the rest is still pending: " + rest).isEqualTo(2);
      assertThat(rest.out())
          .contains("instances." + INSTANCE + ".endpoints.telemetry will be created")
          .doesNotContain("Partial plan");
    }
  }

  @Test
  void replaceRecreatesOneEndpointAndItsRoutes() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = applied(sb);
      String endpoint = "instances." + INSTANCE + ".endpoints.telemetry";
      int before = sb.writes().size();
      Cli.Result apply =
          Cli.run(
              "apply",
              spec.toString(),
              "--replace",
              endpoint,
              "--auto-approve",
              "--sandbox",
              sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out())
          .contains(endpoint + " must be replaced")
          .contains("(its replacement was requested)")
          .contains("instances." + INSTANCE + ".routes.all must be replaced")
          .contains("0 added, 0 changed, 2 replaced, 0 destroyed");
      List<String> deleted =
          sb.writes().subList(before, sb.writes().size()).stream()
              .filter(w -> w.method().equals("DELETE"))
              .map(w -> w.path().substring(w.path().lastIndexOf('/') + 1))
              .toList();
      assertThat(deleted).containsExactlyInAnyOrder("telemetry", "all");

      Cli.Result again =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as("converged: " + again).isZero();
    }
  }

  @Test
  void aTargetThatNamesNothingGetsDidYouMeanAndNothingIsWritten() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "stack.yaml", spec(null));
      Path out = work.resolve("plan.json");
      Cli.Result plan =
          Cli.run(
              "plan",
              spec.toString(),
              "--target",
              "instances." + INSTANCE + ".endpoints.telemetri",
              "--out",
              out.toString(),
              "--sandbox",
              sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(1);
      assertThat(plan.err())
          .contains("did you mean `instances." + INSTANCE + ".endpoints.telemetry`?")
          .doesNotContain("Exception");
      assertThat(out).doesNotExist();
      assertThat(sb.writes()).isEmpty();

      Cli.Result malformed =
          Cli.run("apply", spec.toString(), "--replace", "instances.[", "--sandbox", sb.url());
      assertThat(malformed.exit()).as(malformed.toString()).isEqualTo(1);
      assertThat(malformed.err()).contains("is not a resource address");
      assertThat(Files.exists(out)).isFalse();
    }
  }
}
