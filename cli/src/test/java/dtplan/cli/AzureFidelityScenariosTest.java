package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets on real Azure, met here first, through the CLI against a sandbox that
 * behaves as Azure does: the caller's data-plane role, private instances, route filters, paged
 * lists, the identity type's spelling, and tag limits.
 */
class AzureFidelityScenariosTest {
  @TempDir Path work;

  static String spec(String instanceExtra, String filter) {
    return """
        version: 1
        stack: fidelity
        azure: {resourceGroup: rg-examples, location: westeurope}
        instances:
          fid-twins:
        %s
            endpoints:
              telemetry:
                type: eventhub
                auth: key
                eventhub: %s
                connectionString: %s
            routes:
              all: {endpoint: telemetry, filter: "%s"}
        """
        .formatted(
            instanceExtra.isEmpty() ? "" : "    " + instanceExtra,
            Specs.EVENTHUB + "telemetry",
            Specs.eventHubConnection("telemetry"),
            filter);
  }

  @Test
  void aCallerWithoutTheDataRoleIsToldBeforeAnythingIsWrittenAndDataOwnersFixesIt()
      throws Exception {
    try (LiveSandbox sb = LiveSandbox.startWithoutDataRole(SandboxConfig.defaults())) {
      Path bare = Specs.write(work, "bare.yaml", spec("", "true"));
      Cli.Result refused =
          Cli.run("apply", bare.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
      assertThat(refused.out() + refused.err())
          .as(refused.toString())
          .contains(
              "needs Azure Digital Twins Data Owner for the caller (object id "
                  + SandboxConfig.DEFAULT_CALLER_PRINCIPAL_ID)
          .contains("dataOwners: [caller]")
          .doesNotContain("Exception");
      assertThat(sb.writes()).as("nothing is written").isEmpty();

      Path granted = Specs.write(work, "granted.yaml", spec("dataOwners: [caller]", "true"));
      Cli.Result apply =
          Cli.run("apply", granted.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out() + apply.err())
          .as("the route waited for the new role to propagate, visibly")
          .contains("DataRoleAssignmentPropagating");
      assertThat(sb.routes("rg-examples", "fid-twins")).containsOnlyKeys("all");
      Cli.Result again =
          Cli.run("plan", granted.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
    }
  }

  @Test
  void disablingPublicAccessWritesRoutesFirstAndLaterPlansSayWhyTheyCannotRead() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path open = Specs.write(work, "open.yaml", spec("", "true"));
      assertThat(Cli.run("apply", open.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();

      Path closed =
          Specs.write(
              work,
              "closed.yaml",
              spec("publicNetworkAccess: Disabled", "type = 'microsoft.iot.telemetry'"));
      Cli.Result plan =
          Cli.run("plan", closed.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(plan.out())
          .as(plan.toString())
          .contains("public network access will be Disabled")
          .contains("writes the routes before it disables public access");

      sb.sandbox.requests().clear();
      Cli.Result apply =
          Cli.run("apply", closed.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      // The data plane now refuses everyone public, the test too: the request log shows the order.
      List<String> writes = sb.writes().stream().map(w -> w.method() + " " + w.template()).toList();
      assertThat(writes)
          .containsSubsequence(
              "PUT /_dataplane/{}/{}/{}/eventroutes/{}",
              "PATCH /subscriptions/{}/resourceGroups/{}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/{}");
      assertThat(
              sb.instance("rg-examples", "fid-twins")
                  .path("properties")
                  .path("publicNetworkAccess")
                  .asText())
          .isEqualTo("Disabled");

      Cli.Result later =
          Cli.run("plan", closed.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(later.exit()).as(later.toString()).isEqualTo(1);
      assertThat(later.out() + later.err())
          .as(later.toString())
          .contains("Public network access disabled by policy")
          .contains("private endpoints");
    }
  }

  @Test
  void aFilterAzureWouldRefuseIsCaughtByValidateWithItsPlace() throws Exception {
    Path bad = Specs.write(work, "bad.yaml", spec("", "type = 'a' AND"));
    Cli.Result validate = Cli.run("validate", bad.toString());
    assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.err() + validate.out())
        .as(validate.toString())
        .containsPattern("bad\\.yaml:\\d+:\\d+: error: .*filter")
        .doesNotContain("Exception");
  }

  @Test
  void tagsOverAzuresLimitCountingDtplansOwnAreRefusedByValidate() throws Exception {
    String tags =
        IntStream.range(0, 49).mapToObj(i -> "t" + i + ": v").collect(Collectors.joining(", "));
    Path many = Specs.write(work, "many.yaml", spec("tags: {" + tags + "}", "true"));
    Cli.Result validate = Cli.run("validate", many.toString());
    assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.err() + validate.out())
        .as(validate.toString())
        .contains("49 tags and the 3 dtplan writes itself exceed Azure's limit of 50");
  }

  static final String OTHER_SUB = "11111111-2222-4333-8444-555555555555";

  @Test
  void aRoleInAnotherSubscriptionConvergesAndIsDeletedWithItsInstance() throws Exception {
    String hub =
        "/subscriptions/"
            + OTHER_SUB
            + "/resourceGroups/rg-other/providers/Microsoft.EventHub/namespaces/ns-other/eventhubs/h";
    String withRole =
        spec("identity: {system: true}", "true")
            .replace(
                "    endpoints:",
                "    roles:\n      - {role: Azure Event Hubs Data Sender, scope: "
                    + hub
                    + "}\n    endpoints:");
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "cross.yaml", withRole);
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.roleAssignments(OTHER_SUB)).hasSize(1);

      Cli.Result again =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as("converged: " + again).isZero();

      Path empty =
          Specs.write(
              work,
              "empty.yaml",
              "version: 1\nstack: fidelity\nazure: {resourceGroup: rg-examples, location: westeurope}\n");
      Cli.Result destroy =
          Cli.run(
              "apply",
              empty.toString(),
              "--auto-approve",
              "--allow-instance-deletion",
              "--sandbox",
              sb.url());
      assertThat(destroy.exit()).as(destroy.toString()).isZero();
      assertThat(sb.roleAssignments(OTHER_SUB)).as("nothing orphaned").isEmpty();
    }
  }

  @Test
  void listsLongerThanAPageAreReadWhole() throws Exception {
    // Three instances, each with 2 endpoints, 4 routes and 2 roles, on a sandbox that pages by
    // 2 (the default): a reader that stops at page one would plan creates on the second plan.
    try (LiveSandbox sb = LiveSandbox.start(SandboxConfig.defaults().withPageSize(2))) {
      Path fleet = Specs.write(work, "fleet.yaml", Specs.fleet("paged", "pg", 3));
      Cli.Result apply =
          Cli.run("apply", fleet.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.instances("rg-examples")).hasSize(3);
      assertThat(sb.routes("rg-examples", "pg-2")).hasSize(4);
      Cli.Result again =
          Cli.run("plan", fleet.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
    }
  }

  @Test
  void bothIdentitiesAreSentInTheSpellingAzureAccepts() throws Exception {
    String both =
        Specs.fleet("both", "bi", 1)
            .replace("identity: {system: true}", "identity: {system: true, user: [ingest]}")
            .replace("instances:\n", "identities:\n  ingest: {}\ninstances:\n");
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "both.yaml", both);
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.instance("rg-examples", "bi-1").path("identity").path("type").asText())
          .isEqualTo("SystemAssigned,UserAssigned");
      Cli.Result again =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
    }
  }
}
