package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an instance made by hand, as the Azure how-to makes it, is imported into a spec whose
 * first plan only adopts it, and after apply nothing is left to do.
 */
class ImportCliTest {
  static final String RG = "rg-examples";
  static final String GROUP_ID = "/subscriptions/" + LiveSandbox.SUB + "/resourceGroups/" + RG;
  static final String KEY = "aW1wb3J0LWtleS1jYW5hcnk";
  static final String CONNECTION =
      "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
          + KEY
          + ";EntityPath=alerts";

  @TempDir Path work;

  @Test
  void importedSpecOnlyAdoptsThenConverges() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      makeByHand(sb);
      Path spec = work.resolve("imported.yaml");

      Cli.Result imported =
          Cli.run(
              "import",
              GROUP_ID,
              "--stack",
              "handmade",
              "--out",
              spec.toString(),
              "--sandbox",
              sb.url());

      assertThat(imported.exit()).as(imported.toString()).isZero();
      assertThat(imported.err())
          .contains("Left out: other-twins (tagged dtplan-stack=other)")
          .contains("HAND_TWINS_ALERTS_CONNECTION  (hand-twins/alerts)")
          .contains("az servicebus topic authorization-rule keys list");
      String yaml = Files.readString(spec);
      assertThat(yaml)
          .startsWith("# yaml-language-server: $schema=")
          .contains("connectionString: ${env:HAND_TWINS_ALERTS_CONNECTION}")
          .contains(
              "eventhub: /subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/"
                  + "Microsoft.EventHub/namespaces/ns-examples/eventhubs/telemetry")
          .contains("role: Azure Event Hubs Data Sender")
          .doesNotContain("other-twins:")
          .doesNotContain(KEY);
      Cli.Result validate = Cli.run("validate", spec.toString());
      assertThat(validate.exit()).as(validate.toString()).isZero();

      Map<String, String> env = Map.of("HAND_TWINS_ALERTS_CONNECTION", CONNECTION);
      Cli.Result first = dtplan(env, "plan", spec.toString(), "--sandbox", sb.url());
      assertThat(first.exit()).as(first.toString()).isZero();
      assertThat(PlanOutput.changes(first.out()))
          .as(first.out())
          .containsEntry("instances.hand-twins", "updated")
          .containsEntry("instances.hand-twins.endpoints.alerts", "updated")
          .allSatisfy((address, action) -> assertThat(action).isEqualTo("updated"));
      assertThat(first.out()).contains("adopts").doesNotContain(KEY);

      Cli.Result apply =
          dtplan(env, "apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      Cli.Result again =
          dtplan(env, "plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("No changes");
      assertThat(sb.endpoints(RG, "hand-twins")).containsOnlyKeys("telemetry", "alerts");
      assertThat(sb.routes(RG, "hand-twins")).containsOnlyKeys("all", "alarms", "audit");
    }
  }

  @Test
  void privateEndpointsOfTheGroupAreImportedAndConverge() throws Exception {
    assertThat(importedExampleConverges("private-endpoint.yaml", "private-endpoint"))
        .contains("privateEndpoints:")
        .contains("pe-private-twins:")
        .contains(
            "subnet: /subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/"
                + "Microsoft.Network/virtualNetworks/vnet-examples/subnets/twins")
        .contains("privatelink.digitaltwins.azure.net");
  }

  @Test
  void dataHistoryConnectionsAreImportedAndConverge() throws Exception {
    assertThat(importedExampleConverges("data-history.yaml", "data-history"))
        .contains("dataHistory:")
        .contains(
            "adx: /subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/"
                + "Microsoft.Kusto/clusters/adxexamples/databases/twins")
        .contains("twinLifecycle: AdtTwinLifecycleEvents")
        .doesNotContain("consumerGroup");
  }

  /**
   * Applies an example, imports its group into a spec of the same stack, and checks that the
   * imported spec plans no change; returns the imported spec's text.
   */
  private String importedExampleConverges(String example, String stack) throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result made =
          Cli.run(
              "apply", Cli.example(example).toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(made.exit()).as(made.toString()).isZero();
      Path spec = work.resolve("imported.yaml");
      Cli.Result imported =
          Cli.run(
              "import",
              GROUP_ID,
              "--stack",
              stack,
              "--out",
              spec.toString(),
              "--sandbox",
              sb.url());
      assertThat(imported.exit()).as(imported.toString()).isZero();
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      return Files.readString(spec);
    }
  }

  @Test
  void anUnknownCloudIsRefusedWithTheThreeNames() {
    Cli.Result r = Cli.run("import", GROUP_ID, "--cloud", "usgovernment");
    assertThat(r.exit()).as(r.toString()).isNotZero().isNotEqualTo(3);
    assertThat(r.err())
        .contains("expected one of AzureCloud, AzureUSGovernment, AzureChinaCloud")
        .doesNotContain("Exception");
  }

  @Test
  void anIdThatIsNotAResourceGroupIsRefusedAndWritesNothing() {
    Path spec = work.resolve("imported.yaml");
    Cli.Result r =
        Cli.run(
            "import",
            GROUP_ID + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/x",
            "--out",
            spec.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("is not a resource group id").doesNotContain("Exception");
    assertThat(spec).doesNotExist();
  }

  @Test
  void aResourceGroupWithoutInstancesIsAnErrorAndWritesNothing() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = work.resolve("imported.yaml");
      Cli.Result r = Cli.run("import", GROUP_ID, "--out", spec.toString(), "--sandbox", sb.url());
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("no instances to import in resource group `rg-examples`");
      assertThat(spec).doesNotExist();
    }
  }

  /** In a child JVM, which alone can be given environment variables; its output files in work. */
  private Cli.Result dtplan(Map<String, String> env, String... args) throws Exception {
    return Cli.runProcess(work, env, Duration.ofMinutes(2), args);
  }

  /** What `az dt create`, `az dt endpoint create` and `az dt route create` leave behind. */
  private static void makeByHand(LiveSandbox sb) {
    put(
        sb,
        LiveSandbox.instancePath(RG, "hand-twins"),
        """
        {"location": "westeurope", "tags": {"team": "iot"},
         "identity": {"type": "SystemAssigned"}, "properties": {}}
        """);
    put(
        sb,
        LiveSandbox.instancePath(RG, "other-twins"),
        """
        {"location": "westeurope", "tags": {"dtplan-stack": "other"}, "properties": {}}
        """);
    sb.awaitOperations(RG, Duration.ofSeconds(30));
    String principal = sb.instance(RG, "hand-twins").path("identity").path("principalId").asText();
    sb.sandbox.seed(
        """
        {"roleAssignments": [{"id": "%s/providers/Microsoft.Authorization/roleAssignments/5e1d0000-0000-4000-8000-000000000016",
          "properties": {"roleDefinitionId":
              "/providers/Microsoft.Authorization/roleDefinitions/2b629674-e913-4c01-ae53-ef4638d8f975",
            "principalId": "%s", "principalType": "ServicePrincipal"}}]}
        """
            .formatted(
                Specs.EVENTHUB.replace("${azure.subscription}", LiveSandbox.SUB) + "telemetry",
                principal));
    put(
        sb,
        LiveSandbox.endpointPath(RG, "hand-twins", "telemetry"),
        """
        {"properties": {"endpointType": "EventHub", "authenticationType": "IdentityBased",
          "endpointUri": "sb://ns-examples.servicebus.windows.net/", "entityPath": "telemetry"}}
        """);
    put(
        sb,
        LiveSandbox.endpointPath(RG, "hand-twins", "alerts"),
        """
        {"properties": {"endpointType": "ServiceBus", "authenticationType": "KeyBased",
          "primaryConnectionString": "%s"}}
        """
            .formatted(CONNECTION));
    sb.awaitOperations(RG, Duration.ofSeconds(30));
    String routes = LiveSandbox.routesPath(RG, "hand-twins");
    put(sb, routes + "/all", "{\"endpointName\": \"telemetry\", \"filter\": \"true\"}");
    put(sb, routes + "/alarms", "{\"endpointName\": \"alerts\", \"filter\": \"type = 'alarm'\"}");
    put(
        sb,
        routes + "/audit",
        "{\"endpointName\": \"telemetry\", \"filter\": \"STARTS_WITH(source, 'audit')\"}");
  }

  private static void put(LiveSandbox sb, String path, String body) {
    LiveSandbox.Res r = sb.send("PUT", path, body);
    assertThat(r.status()).as(path + ": " + r.body()).isIn(200, 201, 204);
  }
}
