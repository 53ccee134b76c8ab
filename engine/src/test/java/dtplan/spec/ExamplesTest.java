package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example loads, validates, and reads well in an editor. The examples are also the end-to-end
 * inputs against the sandbox, so the destinations they use must be listed in docs/spec.md, from
 * which the sandbox seed is written.
 */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("../examples");
  static final String MODELINE =
      "# yaml-language-server: $schema=../schemas/dtplan-spec.schema.json";

  /** What the examples read from the environment; the values only need the right shape. */
  static final Map<String, String> ENV =
      Map.of(
          "DTPLAN_EXAMPLE_SB_CONNECTION",
              "Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=x;EntityPath=alerts",
          "DTPLAN_EXAMPLE_DEADLETTER_SAS",
              "https://stexamples.blob.core.windows.net/deadletter?sv=2022-11-02&sig=x",
          "DTPLAN_EXAMPLE_EG_KEY", "x");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml)
          .extracting(p -> p.getFileName().toString())
          .contains(
              "quickstart.yaml",
              "servicebus-key.yaml",
              "user-identity.yaml",
              "multi-instance.yaml");
      return yaml.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void loadsAndValidates(Path example) throws Exception {
    Spec spec = new SpecLoader().load(example, new SpecOptions(ENV, Map.of(), null, Fixtures.SUB));
    assertThat(spec.instances()).isNotEmpty();
    // The examples run against any subscription (the sandbox's), so none names its own.
    assertThat(spec.subscription()).isEqualTo(Fixtures.SUB);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void carriesTheModelineAndSatisfiesTheSchemaAsWritten(Path example) throws Exception {
    String text = Files.readString(example);
    assertThat(text.lines().findFirst()).contains(MODELINE);
    // Editors check the file before any ${…} is resolved; that view must be clean too.
    Diagnostics diagnostics = new Diagnostics();
    YamlReader reader = new YamlReader(example.toString(), diagnostics);
    JsonNode raw = reader.read(text);
    SpecSchema.load().validate(raw, reader.locations(), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyDestinationItUsesIsListedInTheDocs(Path example) throws Exception {
    Spec spec = new SpecLoader().load(example, new SpecOptions(ENV, Map.of(), null, Fixtures.SUB));
    String docs = Files.readString(Path.of("../docs/spec.md"));
    for (String id : armIds(spec)) {
      assertThat(docs).contains(id.replace(Fixtures.SUB, "${azure.subscription}"));
    }
  }

  private static List<String> armIds(Spec spec) {
    List<String> ids = new ArrayList<>();
    spec.roleAssignments().values().forEach(a -> ids.add(a.scope()));
    for (InstanceSpec instance : spec.instances().values()) {
      instance.roles().forEach(r -> ids.add(r.scope()));
      for (EndpointSpec e : instance.endpoints().values()) {
        if (e.destination() != null) {
          ids.add(e.destination());
        }
        if (e.deadLetterContainer() != null) {
          ids.add(e.deadLetterContainer());
        }
      }
      for (PrivateEndpointSpec pe : instance.privateEndpoints().values()) {
        ids.add(pe.subnet());
        if (pe.dnsZone() != null) {
          ids.add(pe.dnsZone());
        }
      }
      for (DataHistorySpec c : instance.dataHistory().values()) {
        ids.add(c.adx());
        ids.add(c.eventhub());
      }
    }
    assertThat(ids).isNotEmpty();
    return ids;
  }
}
