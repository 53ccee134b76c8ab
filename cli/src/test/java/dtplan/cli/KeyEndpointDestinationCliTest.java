package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 6, as a user meets it: `garbage`, or the connection string of another hub, passed
 * validate and plan, and the plan never said where a key-based endpoint sends.
 */
class KeyEndpointDestinationCliTest {
  static final String KEY = "a2V5LWNhbmFyeS1jbGk";

  @TempDir Path work;

  Path spec(String connectionString) {
    return Specs.write(
        work,
        "spec.yaml",
        """
        version: 1
        stack: keyed
        azure: {resourceGroup: rg-examples, location: westeurope}
        instances:
          keyed-twins:
            endpoints:
              telemetry:
                type: eventhub
                eventhub: %stelemetry
                connectionString: %s
        """
            .formatted(Specs.EVENTHUB, connectionString));
  }

  static String connection(String hub) {
    return "Endpoint=sb://ns-examples.servicebus.windows.net/;SharedAccessKeyName=send;"
        + "SharedAccessKey="
        + KEY
        + ";EntityPath="
        + hub;
  }

  @Test
  void aLiteralGarbageConnectionStringFailsValidate() {
    Cli.Result r = Cli.run("validate", spec("garbage" + KEY).toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("`connectionString` is not a connection string");
    assertThat(r.all()).doesNotContain(KEY);
  }

  @Test
  void planShowsTheDestinationWarnsOnAnotherHubAndRefusesGarbage() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      String file = spec("${var.conn}").toString();
      Cli.Result other =
          Cli.run("plan", file, "--var", "conn=" + connection("lifecycle"), "--sandbox", sb.url());
      assertThat(other.exit()).as(other.toString()).isZero();
      assertThat(other.out())
          .contains("destination        = \"sb://ns-examples.servicebus.windows.net/lifecycle\"")
          .contains("sends to namespace ns-examples, entity lifecycle, but `eventhub` names")
          .doesNotContain(KEY);

      Cli.Result garbage =
          Cli.run("plan", file, "--var", "conn=garbage" + KEY, "--sandbox", sb.url());
      assertThat(garbage.exit()).as(garbage.toString()).isEqualTo(1);
      assertThat(garbage.out())
          .contains("the connection string (${var.conn}) is not a connection string");
      assertThat(garbage.all()).doesNotContain(KEY);
    }
  }
}
