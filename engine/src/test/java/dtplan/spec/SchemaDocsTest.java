package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/spec.md and the JSON Schema describe the same format; this keeps them from drifting. */
class SchemaDocsTest {
  @Test
  void theDocsNameEveryPropertyOfTheSchema() throws Exception {
    JsonNode schema =
        new ObjectMapper().readTree(Path.of("../schemas/dtplan-spec.schema.json").toFile());
    Set<String> properties = new TreeSet<>();
    collect(schema, properties, false);
    assertThat(properties).contains("version", "connectionString", "deadLetter", "principal");
    String docs = Files.readString(Path.of("../docs/spec.md"));
    for (String property : properties) {
      assertThat(docs).as("docs/spec.md mentions `%s`", property).contains("`" + property + "`");
    }
  }

  @Test
  void everyPropertyOfTheSchemaHasADescription() throws Exception {
    JsonNode schema =
        new ObjectMapper().readTree(Path.of("../schemas/dtplan-spec.schema.json").toFile());
    Set<String> undescribed = new TreeSet<>();
    findUndescribed(schema, "", undescribed, false);
    assertThat(undescribed).isEmpty();
  }

  /**
   * {@code inMap}: the node is a {@code properties} map, whose keys are property names (a data
   * history connection's table is called {@code properties}), not schema keywords.
   */
  private static void collect(JsonNode node, Set<String> into, boolean inMap) {
    if (!inMap) {
      node.path("properties").fieldNames().forEachRemaining(into::add);
    }
    node.fields()
        .forEachRemaining(
            child ->
                collect(child.getValue(), into, !inMap && child.getKey().equals("properties")));
  }

  private static void findUndescribed(JsonNode node, String at, Set<String> into, boolean inMap) {
    if (!inMap) {
      node.path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                if (!p.getValue().has("description")) {
                  into.add(at + "/" + p.getKey());
                }
              });
    }
    node.fields()
        .forEachRemaining(
            child ->
                findUndescribed(
                    child.getValue(),
                    at + "/" + child.getKey(),
                    into,
                    !inMap && child.getKey().equals("properties")));
  }
}
