package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 1: `validate` and `graph` need no secret values, as Terraform's validate needs no
 * variable values. A variable that is not set is unknown there; plan and apply still need it.
 */
class ValidateWithoutSecretsTest {
  /** Names no environment sets. */
  static final String UNSET = "DTPLAN_TEST_UNSET_7F3A";

  static final String UNSET_NAME = "DTPLAN_TEST_UNSET_NAME_7F3A";

  @TempDir Path work;

  @Test
  void validateAndGraphOfAnExampleThatReadsSecretsNeedNoValues() {
    assumeThat(System.getenv("DTPLAN_EXAMPLE_SB_CONNECTION")).isNull();
    assumeThat(System.getenv("DTPLAN_EXAMPLE_DEADLETTER_SAS")).isNull();
    String spec = Cli.example("servicebus-key.yaml").toString();

    Cli.Result validate = Cli.run("validate", spec);
    assertThat(validate.exit()).as(validate.toString()).isZero();
    assertThat(validate.out())
        .as(validate.toString())
        .contains("is valid")
        .contains("DTPLAN_EXAMPLE_SB_CONNECTION")
        .contains("DTPLAN_EXAMPLE_DEADLETTER_SAS")
        .contains("not set");

    Cli.Result graph = Cli.run("graph", spec);
    assertThat(graph.exit()).as(graph.toString()).isZero();
    assertThat(graph.out()).as(graph.toString()).contains("digraph").contains("alerts");
  }

  @Test
  void theHelpSaysSo() {
    assertThat(Cli.run("validate", "--help").out()).contains("${env:NAME}").contains("not set");
  }

  @Test
  void planStillNeedsTheValue() {
    assumeThat(System.getenv("DTPLAN_EXAMPLE_SB_CONNECTION")).isNull();
    Cli.Result plan = Cli.run("plan", Cli.example("servicebus-key.yaml").toString());
    assertThat(plan.exit()).as(plan.toString()).isEqualTo(1);
    assertThat(plan.err())
        .as(plan.toString())
        .contains("environment variable `DTPLAN_EXAMPLE_SB_CONNECTION` is not set");
  }

  @Test
  void everythingElseIsStillChecked() {
    assumeThat(System.getenv(UNSET)).isNull();
    Path spec =
        Specs.write(
            work, "bad.yaml", keyedSpec("${env:" + UNSET + "}", "sb-twins", "endpoint: alert\n"));
    Cli.Result validate = Cli.run("validate", spec.toString());
    assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.err()).as(validate.toString()).contains("alert").doesNotContain(UNSET);
  }

  @Test
  void aNameFromAnUnsetVariableIsUnknownAndTheRestIsChecked() {
    assumeThat(System.getenv(UNSET)).isNull();
    assumeThat(System.getenv(UNSET_NAME)).isNull();
    Path good =
        Specs.write(
            work,
            "name.yaml",
            keyedSpec("${env:" + UNSET + "}", "${env:" + UNSET_NAME + "}", "endpoint: alerts\n"));
    Cli.Result validate = Cli.run("validate", good.toString());
    assertThat(validate.exit()).as(validate.toString()).isZero();
    assertThat(validate.out()).as(validate.toString()).contains(UNSET_NAME).contains(UNSET);

    // The same spec with a name Azure refuses elsewhere: still found.
    Path bad =
        Specs.write(
            work,
            "name-bad.yaml",
            keyedSpec("${env:" + UNSET + "}", "${env:" + UNSET_NAME + "}", "endpoint: alerts\n")
                .replace("stack: unset", "stack: \"no spaces allowed\""));
    Cli.Result invalid = Cli.run("validate", bad.toString());
    assertThat(invalid.exit()).as(invalid.toString()).isEqualTo(1);
    assertThat(invalid.err()).as(invalid.toString()).contains("no spaces allowed");
  }

  @Test
  void aFieldWithFixedChoicesNeedsItsValue() {
    assumeThat(System.getenv(UNSET)).isNull();
    Path spec =
        Specs.write(
            work,
            "type.yaml",
            keyedSpec("secret", "sb-twins", "endpoint: alerts\n")
                .replace("type: servicebus", "type: ${env:" + UNSET + "}"));
    Cli.Result validate = Cli.run("validate", spec.toString());
    assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.err()).as(validate.toString()).contains(UNSET).contains("not set");
  }

  /** One instance with a key-based Service Bus endpoint and a route. */
  static String keyedSpec(String connection, String instanceName, String routeEndpoint) {
    return """
        version: 1
        stack: unset
        azure:
          resourceGroup: rg-examples
          location: westeurope
        instances:
          sb:
            name: %s
            endpoints:
              alerts:
                type: servicebus
                auth: key
                topic: %salerts
                connectionString: %s
            routes:
              all:
                %s
        """
        .formatted(instanceName, Specs.SB_TOPIC, connection, routeEndpoint);
  }
}
