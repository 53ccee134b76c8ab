package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One subscription rule for every command: a blank AZURE_SUBSCRIPTION_ID (CI templates export empty
 * variables) is unset. Plan and apply always read it so; validate and graph used to take it as the
 * subscription `` and refuse the spec.
 */
class BlankSubscriptionTest {
  @TempDir Path work;

  @Test
  void validateAndGraphTreatABlankSubscriptionAsUnset() throws Exception {
    String spec = Cli.example("quickstart.yaml").toString();
    Map<String, String> blank = Map.of("AZURE_SUBSCRIPTION_ID", "");
    Cli.Result validate = Cli.runProcess(work, blank, Duration.ofSeconds(60), "validate", spec);
    assertThat(validate.exit()).as(validate.toString()).isZero();
    assertThat(validate.out()).contains("is valid");
    Cli.Result graph = Cli.runProcess(work, blank, Duration.ofSeconds(60), "graph", spec);
    assertThat(graph.exit()).as(graph.toString()).isZero();
    assertThat(graph.out()).contains("digraph");
  }
}
