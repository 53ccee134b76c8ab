package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 4 against the sandbox: a tag a policy sets, and another team's endpoint on a shared
 * instance, survive plan and apply when the spec's lifecycle says so, and the plan says what it
 * left alone; a protected instance cannot be replaced.
 */
class LifecycleCliTest {
  static final String RG = "rg-examples";
  static final String INSTANCE = "shared-twins";

  @TempDir Path work;

  static String spec(String location, String lifecycle) {
    return """
        version: 1
        stack: lifecycle-test
        azure: {resourceGroup: rg-examples, location: %s}
        instances:
          shared-twins:
            tags: {team: iot}
            lifecycle: %s
        """
        .formatted(location, lifecycle);
  }

  @Test
  void whatTheLifecycleNamesIsLeftAloneAndThePlanSaysSo() throws Exception {
    String lifecycle = "{ignoreChanges: [tags.costcenter], unmanaged: [endpoints]}";
    Path spec = Specs.write(work, "spec.yaml", spec("westeurope", lifecycle));
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();

      // A cost policy tags the instance; another team adds an endpoint.
      String instancePath = LiveSandbox.instancePath(RG, INSTANCE);
      ObjectNode patch = LiveSandbox.JSON.createObjectNode();
      ObjectNode tags = patch.putObject("tags");
      sb.instance(RG, INSTANCE)
          .path("tags")
          .fields()
          .forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
      tags.put("costcenter", "4711");
      assertThat(sb.send("PATCH", instancePath, patch.toString()).status()).isIn(200, 202);
      String theirs = LiveSandbox.endpointPath(RG, INSTANCE, "their-events");
      LiveSandbox.Res put =
          sb.send(
              "PUT",
              theirs,
              """
              {"properties": {"endpointType": "EventGrid", "authenticationType": "KeyBased",
                "TopicEndpoint": "https://eg-examples.westeurope-1.eventgrid.azure.net/api/events",
                "accessKey1": "their-key"}}
              """);
      assertThat(put.status()).as(put.body()).isIn(200, 201);
      StalePlanTest.awaitSucceeded(sb, theirs);

      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out())
          .as(plan.toString())
          .contains("tags.costcenter differs from the spec and is left alone")
          .contains("left alone, as lifecycle.unmanaged says")
          .contains("endpoint their-events")
          .doesNotContain("their-key");

      Cli.Result again = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(sb.instance(RG, INSTANCE).path("tags").path("costcenter").asText())
          .isEqualTo("4711");
      assertThat(sb.endpoints(RG, INSTANCE)).containsKey("their-events");

      // Without the lifecycle, the same live state is changed back: the test above could fail.
      Path plain = Specs.write(work, "plain.yaml", spec("westeurope", "{}"));
      Cli.Result authoritative =
          Cli.run("plan", plain.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(authoritative.exit()).as(authoritative.toString()).isEqualTo(2);
      assertThat(authoritative.out()).contains("their-events will be destroyed");
    }
  }

  @Test
  void aProtectedInstanceIsNotReplacedAndNothingIsWritten() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec("westeurope", "{preventDestroy: true}"));
      assertThat(Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();
      Path moved = Specs.write(work, "moved.yaml", spec("northeurope", "{preventDestroy: true}"));
      sb.sandbox.requests().clear();
      Cli.Result apply =
          Cli.run(
              "apply",
              moved.toString(),
              "--auto-approve",
              "--allow-instance-deletion",
              "--sandbox",
              sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.out())
          .contains("instances.shared-twins: this plan would replace it")
          .contains("its lifecycle says preventDestroy");
      assertThat(sb.writes()).as("nothing written").isEmpty();
      assertThat(sb.instance(RG, INSTANCE).path("location").asText()).isEqualTo("westeurope");
    }
  }
}
