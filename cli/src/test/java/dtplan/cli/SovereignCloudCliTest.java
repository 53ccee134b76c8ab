package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.SandboxCloud;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stack in each cloud, against a sandbox answering as that cloud: the plan shows, and apply
 * sends, endpoint URIs with the cloud's Service Bus and storage suffixes, and then nothing is left
 * to do.
 */
class SovereignCloudCliTest {
  static final String INSTANCE =
      "/subscriptions/"
          + LiveSandbox.SUB
          + "/resourceGroups/rg-examples/providers/Microsoft.DigitalTwins/digitalTwinsInstances/cloud-twins";

  @TempDir Path work;

  Path spec(String cloud) {
    return Specs.write(
        work,
        "spec.yaml",
        """
        version: 1
        stack: sovereign
        azure: {resourceGroup: rg-examples, location: usgovvirginia, cloud: %s}
        instances:
          cloud-twins:
            identity: {system: true}
            endpoints:
              telemetry:
                type: eventhub
                auth: identity
                eventhub: %stelemetry
                deadLetter: {container: "%s"}
              alerts:
                type: servicebus
                auth: identity
                topic: %salerts
        """
            .formatted(cloud, Specs.EVENTHUB, Specs.DEADLETTER, Specs.SB_TOPIC));
  }

  @ParameterizedTest
  @CsvSource({
    "AzureCloud, servicebus.windows.net, core.windows.net",
    "AzureUSGovernment, servicebus.usgovcloudapi.net, core.usgovcloudapi.net",
    "AzureChinaCloud, servicebus.chinacloudapi.cn, core.chinacloudapi.cn"
  })
  void planAndApplyUseTheCloudsSuffixes(String cloud, String serviceBus, String storage)
      throws Exception {
    SandboxConfig config = SandboxConfig.defaults().withCloud(SandboxCloud.named(cloud));
    try (LiveSandbox sb = LiveSandbox.start(config)) {
      String file = spec(cloud).toString();
      Cli.Result plan = Cli.run("plan", file, "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out())
          .contains("\"sb://ns-examples." + serviceBus + "/\"")
          .contains("\"sb://sb-examples." + serviceBus + "/\"")
          .contains("\"https://stexamples.blob." + storage + "/deadletter\"");

      Cli.Result apply = Cli.run("apply", file, "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      LiveSandbox.Res telemetry = sb.send("GET", INSTANCE + "/endpoints/telemetry", null);
      assertThat(telemetry.json().at("/properties/endpointUri").asText())
          .isEqualTo("sb://ns-examples." + serviceBus + "/");
      assertThat(telemetry.json().at("/properties/deadLetterUri").asText())
          .isEqualTo("https://stexamples.blob." + storage + "/deadletter");
      LiveSandbox.Res alerts = sb.send("GET", INSTANCE + "/endpoints/alerts", null);
      assertThat(alerts.json().at("/properties/endpointUri").asText())
          .isEqualTo("sb://sb-examples." + serviceBus + "/");

      Cli.Result again = Cli.run("plan", file, "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("No changes.");
    }
  }

  @Test
  void theEmbeddedSandboxAnswersAsTheSpecsCloud() throws Exception {
    Cli.Result plan =
        Cli.runProcess(
            work,
            Map.of(),
            Duration.ofMinutes(2),
            "plan",
            spec("AzureUSGovernment").toString(),
            "--no-color");
    assertThat(plan.exit()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .contains("embedded sandbox")
        .contains("\"sb://ns-examples.servicebus.usgovcloudapi.net/\"")
        .contains("\"https://stexamples.blob.core.usgovcloudapi.net/deadletter\"")
        .doesNotContain("servicebus.windows.net");
  }

  @Test
  void aStandaloneSandboxOfAnotherCloudIsRefused() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result plan =
          Cli.run("plan", spec("AzureUSGovernment").toString(), "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(1);
      assertThat(plan.err())
          .contains("answers as AzureCloud, but the spec's azure.cloud is AzureUSGovernment")
          .contains("dtplan sandbox serve --cloud AzureUSGovernment")
          .doesNotContain("\tat ");
      assertThat(sb.sandbox.requests().writes()).isEmpty();
    }
  }

  @Test
  void aSavedPlanIsAppliedInTheCloudItWasMadeFor() throws Exception {
    SandboxConfig gov = SandboxConfig.defaults().withCloud(SandboxCloud.AZURE_US_GOVERNMENT);
    try (LiveSandbox sb = LiveSandbox.start(gov)) {
      String planFile = work.resolve("plan.json").toString();
      Cli.Result plan =
          Cli.run(
              "plan",
              spec("AzureUSGovernment").toString(),
              "--out",
              planFile,
              "--sandbox",
              sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      Cli.Result apply = Cli.run("apply", planFile);
      assertThat(apply.exit()).as(apply.toString()).isZero();
      LiveSandbox.Res alerts = sb.send("GET", INSTANCE + "/endpoints/alerts", null);
      assertThat(alerts.json().at("/properties/endpointUri").asText())
          .isEqualTo("sb://sb-examples.servicebus.usgovcloudapi.net/");
    }
  }
}
