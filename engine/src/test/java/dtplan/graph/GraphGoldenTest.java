package dtplan.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dtplan.plan.Planner;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `dtplan graph` output for every example, in both formats, against files under
 * src/test/resources/graph-golden. Regenerate with -Ddtplan.regenerate=true (the run then fails, so
 * a regeneration never passes unnoticed).
 */
class GraphGoldenTest {
  static final Path EXAMPLES = Path.of("../examples");
  static final Path GOLDEN = Path.of("src/test/resources/graph-golden");
  static final Map<String, String> EXAMPLE_ENV =
      Map.of(
          "DTPLAN_EXAMPLE_SB_CONNECTION",
              "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=k;EntityPath=alerts",
          "DTPLAN_EXAMPLE_DEADLETTER_SAS",
              "https://stexamples.blob.core.windows.net/deadletter?sig=x",
          "DTPLAN_EXAMPLE_EG_KEY", "key");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      return specs.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void graphMatchesGolden(Path example) throws Exception {
    Spec spec =
        new SpecLoader()
            .load(
                example,
                new SpecOptions(EXAMPLE_ENV, Map.of(), null, dtplan.fixtures.Fixtures.SUB));
    PlanGraph graph = PlanGraph.ofCreation(new Planner().creationPlan(spec));
    String name = example.getFileName().toString().replace(".yaml", "");
    Map<Path, String> outputs =
        Map.of(
            GOLDEN.resolve(name + ".dot"), GraphFormats.dot(graph),
            GOLDEN.resolve(name + ".mmd"), GraphFormats.mermaid(graph));
    if (Boolean.getBoolean("dtplan.regenerate")) {
      for (Map.Entry<Path, String> e : outputs.entrySet()) {
        Files.writeString(e.getKey(), e.getValue());
      }
      fail(
          "regenerated "
              + outputs.keySet()
              + "; review the diff, then run without -Ddtplan.regenerate");
    }
    for (Map.Entry<Path, String> e : outputs.entrySet()) {
      assertThat(e.getKey()).as("golden file (regenerate with -Ddtplan.regenerate=true)").exists();
      assertThat(e.getValue()).isEqualTo(Files.readString(e.getKey()));
    }
  }
}
