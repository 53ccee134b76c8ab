package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved plan is the reviewed approval, not a program: whatever is edited in the file, apply
 * carries out only what the spec and live state give, and only when that is the saved plan. Each
 * case was reproduced by an adversarial review against the old apply, which executed the file's
 * resources as written.
 */
class TamperedPlanTest {
  static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  static final String FOREIGN = "deadbeef-0000-4000-8000-000000000bad";

  @TempDir Path work;

  static String spec() {
    return """
        version: 1
        stack: tamper
        azure: {resourceGroup: rg-examples, location: westeurope}
        instances:
          tp-twins:
            identity: {system: true}
            roles:
              - role: Azure Event Hubs Data Sender
                scope: %s
            endpoints:
              telemetry:
                type: eventhub
                auth: identity
                eventhub: %s
            routes:
              all: {endpoint: telemetry}
        """
        .formatted(Specs.EVENTHUB + "telemetry", Specs.EVENTHUB + "telemetry");
  }

  /** Plans the spec into a file, edits the file, applies it: exit 3 and nothing written. */
  private Cli.Result tamperAndApply(LiveSandbox sb, Consumer<ObjectNode> edit) throws Exception {
    Path spec = Specs.write(work, "tamper.yaml", spec());
    Path planFile = work.resolve("plan.json");
    Cli.Result plan =
        Cli.run("plan", spec.toString(), "--out", planFile.toString(), "--sandbox", sb.url());
    assertThat(plan.exit()).as(plan.toString()).isZero();
    ObjectNode json = (ObjectNode) LiveSandbox.JSON.readTree(Files.readString(planFile));
    edit.accept(json);
    Files.writeString(planFile, LiveSandbox.JSON.writeValueAsString(json));
    sb.sandbox.requests().clear();
    Cli.Result apply =
        Cli.run("apply", planFile.toString(), "--auto-approve", "--sandbox", sb.url());
    assertThat(apply.exit()).as(apply.toString()).isEqualTo(3);
    assertThat(sb.writes()).as("nothing written").isEmpty();
    return apply;
  }

  static ObjectNode change(ObjectNode plan, String address) {
    for (JsonNode c : plan.path("saved").path("changes")) {
      if (c.path("address").asText().equals(address)) {
        return (ObjectNode) c;
      }
    }
    throw new AssertionError("no change " + address);
  }

  @Test
  void aRoleEditedToOwnerAtTheSubscriptionForAForeignPrincipalIsRefused() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply =
          tamperAndApply(
              sb,
              plan -> {
                ObjectNode role = change(plan, "instances.tp-twins.roles[0]");
                ((ObjectNode) role.path("after"))
                    .put("role_definition_id", OWNER)
                    .put("scope", "/subscriptions/" + LiveSandbox.SUB)
                    .put("principal_id", FOREIGN);
                role.putObject("unknowns");
              });
      assertThat(apply.err()).contains("instances.tp-twins.roles[0]");
      assertThat(sb.roleAssignments())
          .noneMatch(ra -> ra.path("properties").path("principalId").asText().equals(FOREIGN));
    }
  }

  @Test
  void anEndpointMovedToAForeignInstanceIsRefused() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply =
          tamperAndApply(
              sb,
              plan ->
                  ((ObjectNode)
                          change(plan, "instances.tp-twins.endpoints.telemetry").path("after"))
                      .put(
                          "instance_id",
                          "/subscriptions/"
                              + LiveSandbox.SUB
                              + "/resourceGroups/rg-other/providers/Microsoft.DigitalTwins/digitalTwinsInstances/victim"));
      assertThat(apply.err()).contains("instances.tp-twins.endpoints.telemetry");
    }
  }

  @Test
  void aSpecPathEditedToAnotherFileIsRefusedWithoutReadingIt() throws Exception {
    Path secret = Files.writeString(work.resolve("not-a-spec.txt"), "root:x:0:0:canary-7f3a\n");
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply =
          tamperAndApply(
              sb, plan -> ((ObjectNode) plan.path("saved")).put("spec_file", secret.toString()));
      assertThat(apply.err()).contains("is not the file the plan was made from");
      assertThat(apply.out() + apply.err()).doesNotContain("canary-7f3a");
    }
  }

  @Test
  void aReviewedChangeEditedInTheDocumentedPlanIsRefusedAsEdited() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply =
          tamperAndApply(
              sb,
              plan -> {
                for (JsonNode c : plan.path("resource_changes")) {
                  if (c.path("address").asText().equals("instances.tp-twins.routes.all")) {
                    ((ObjectNode) c.path("change").path("after")).put("filter", "false");
                  }
                }
              });
      assertThat(apply.err())
          .contains("the plan file was edited after it was saved")
          .contains("instances.tp-twins.routes.all");
    }
  }

  @Test
  void aResourceEditedBehindItsReviewedAttributesIsWrittenAsTheSpecSays() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "tamper.yaml", spec());
      Path planFile = work.resolve("plan.json");
      assertThat(
              Cli.run("plan", spec.toString(), "--out", planFile.toString(), "--sandbox", sb.url())
                  .exit())
          .isZero();
      ObjectNode json = (ObjectNode) LiveSandbox.JSON.readTree(Files.readString(planFile));
      // The rendered plan (its attributes) still says filter "true": only the record behind it
      // is edited. The old apply wrote that record.
      ((ObjectNode) change(json, "instances.tp-twins.routes.all").path("after"))
          .put("filter", "false");
      Files.writeString(planFile, LiveSandbox.JSON.writeValueAsString(json));
      Cli.Result apply =
          Cli.run("apply", planFile.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.routes("rg-examples", "tp-twins").get("all").path("filter").asText())
          .isEqualTo("true");
    }
  }
}
