package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A data history connection Azure would refuse is refused by apply before anything is written: one
 * message with its place in the file, exit 1, no stack trace (issue 14, "Bad input").
 */
class DataHistoryBadInputTest {
  static final String ADX = "Microsoft.Kusto/clusters/adxexamples/databases/twins";
  static final String HUB = "Microsoft.EventHub/namespaces/ns-examples/eventhubs/history";

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "adx names the cluster|"
            + ADX
            + "|Microsoft.Kusto/clusters/adxexamples"
            + "|:20:14: error: `adx` of data history connection `history` names an Azure Data"
            + " Explorer cluster",
        "eventhub names the namespace|"
            + HUB
            + "|Microsoft.EventHub/namespaces/ns-examples"
            + "|:21:19: error: `eventhub` of data history connection `history` names an Event"
            + " Hubs namespace",
        "the identity is not the instance's|identity: system|identity: identities.history"
            + "|:22:19: error: data history connection `history` uses identity `history`,"
            + " which instance `history-twins` does not link",
        "the event hub is missing|        eventhub: |        consumerGroup: "
            + "|:19:7: error: `instances.history-twins.dataHistory.history` is missing required"
            + " key `eventhub`",
      })
  void isRefusedWithItsPlaceAndNothingIsWritten(
      String what, String from, String to, String expected) throws Exception {
    String example = Files.readString(Cli.example("data-history.yaml"));
    assertThat(example).contains(from);
    Path spec = Specs.write(work, "spec.yaml", example.replace(from, to));
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result r = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).as(r.toString()).contains("spec.yaml" + expected);
      assertThat(r.all()).as(r.toString()).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(sb.writes()).as("nothing is written").isEmpty();
    }
  }
}
