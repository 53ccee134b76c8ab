package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 5: the apply summary counts in the plan's words. A replacement is one replaced
 * resource, as the plan said, not a creation plus a destruction.
 */
class ApplySummaryTest {
  @TempDir Path work;

  private static final Pattern APPLIED =
      Pattern.compile(
          "Apply complete! Resources: (\\d+) added, (\\d+) changed, (\\d+) replaced, (\\d+)"
              + " destroyed\\.");

  /**
   * An endpoint with a route; {@code identity} switches it from a connection string to the
   * instance's identity, which Azure cannot do in place: the endpoint is replaced.
   */
  static String spec(boolean identity) {
    String hub = Specs.EVENTHUB + "telemetry";
    return """
        version: 1
        stack: summary
        azure:
          resourceGroup: rg-examples
          location: westeurope
        instances:
          summary-twins:
            identity: {system: true}
        %s
            endpoints:
              telemetry:
                type: eventhub
                auth: %s
                eventhub: %s
        %s
            routes:
              telemetry-all:
                endpoint: telemetry
        """
        .formatted(
            identity
                ? "    roles:\n      - role: Azure Event Hubs Data Sender\n        scope: " + hub
                : "",
            identity ? "identity" : "key",
            hub,
            identity ? "" : "        connectionString: ${var.conn}");
  }

  /** Applies the key-based endpoint, which the identity-based spec then replaces. */
  private void applyKeyed(LiveSandbox sb) {
    Path keyed = Specs.write(work, "keyed.yaml", spec(false));
    Cli.Result first =
        Cli.run(
            "apply",
            keyed.toString(),
            "--var",
            "conn=" + Specs.eventHubConnection("telemetry"),
            "--auto-approve",
            "--sandbox",
            sb.url());
    assertThat(first.exit()).as(first.toString()).isZero();
  }

  @Test
  void textSummaryUsesThePlansCounts() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyKeyed(sb);
      Path identity = Specs.write(work, "identity.yaml", spec(true));
      Cli.Result apply =
          Cli.run("apply", identity.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      int[] planned = PlanOutput.summary(apply.out());
      assertThat(planned).as(apply.toString()).isNotNull();
      assertThat(planned[2]).as("the plan replaces something").isPositive();
      Matcher m = APPLIED.matcher(apply.out());
      assertThat(m.find()).as(apply.toString()).isTrue();
      int[] applied = {
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4))
      };
      assertThat(applied).as(apply.toString()).containsExactly(planned);
    }
  }

  @Test
  void jsonEventsUseThePlansCounts() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      applyKeyed(sb);
      Path identity = Specs.write(work, "identity.yaml", spec(true));
      Cli.Result apply =
          Cli.run(
              "apply",
              identity.toString(),
              "--auto-approve",
              "--sandbox",
              sb.url(),
              "--format",
              "json");
      assertThat(apply.exit()).as(apply.toString()).isZero();
      List<JsonNode> events =
          apply.out().lines().map(ApplySummaryTest::json).filter(e -> e != null).toList();
      JsonNode planned =
          events.stream()
              .filter(e -> e.path("type").asText().equals("planned"))
              .findFirst()
              .orElseThrow();
      JsonNode finished =
          events.stream()
              .filter(e -> e.path("type").asText().equals("apply_finished"))
              .findFirst()
              .orElseThrow();
      assertThat(planned.path("replace").asInt()).isPositive();
      assertThat(finished.path("replaced").asInt())
          .as(finished.toString())
          .isEqualTo(planned.path("replace").asInt());
      assertThat(finished.path("added").asInt()).isEqualTo(planned.path("add").asInt());
      assertThat(finished.path("changed").asInt()).isEqualTo(planned.path("change").asInt());
      assertThat(finished.path("destroyed").asInt()).isEqualTo(planned.path("destroy").asInt());
    }
  }

  private static JsonNode json(String line) {
    try {
      return LiveSandbox.JSON.readTree(line);
    } catch (Exception e) {
      return null;
    }
  }
}
