package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dtplan.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a spec tree against {@code schemas/dtplan-spec.schema.json} and turns the validator's
 * findings into messages a person can act on: the place, what was found, what was expected and, for
 * misspelt keys, the nearest allowed one.
 */
final class SpecSchema {
  static final String RESOURCE = "/dtplan/schemas/dtplan-spec.schema.json";
  private static final Set<String> SECRET_KEYS =
      Set.of(
          "connectionString",
          "secondaryConnectionString",
          "accessKey",
          "secondaryAccessKey",
          "secret");

  private final JsonNode schemaTree;
  private final JsonSchema schema;

  private SpecSchema(JsonNode schemaTree) {
    this.schemaTree = schemaTree;
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    this.schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schemaTree, config);
  }

  static SpecSchema load() {
    try (InputStream in = SpecSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the spec schema is missing from the engine jar: " + RESOURCE);
      }
      return new SpecSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void validate(JsonNode spec, Locations locations, Diagnostics diagnostics) {
    List<ValidationMessage> messages = new ArrayList<>(schema.validate(spec));
    messages.sort(Comparator.comparing(m -> pointer(m.getInstanceLocation())));
    for (ValidationMessage m : messages) {
      report(m, locations, diagnostics);
    }
  }

  private void report(ValidationMessage m, Locations locations, Diagnostics diagnostics) {
    String at = pointer(m.getInstanceLocation());
    JsonNode keywordParent = schemaNodeAt(m.getSchemaLocation().getFragment(), true);
    String field = describe(at);
    switch (m.getType()) {
      case "required" ->
          diagnostics.error(
              locations.of(at),
              field + " is missing required key `" + m.getProperty() + "`",
              "add `" + m.getProperty() + ":`; see docs/spec.md");
      case "additionalProperties" -> {
        String key = m.getProperty();
        Set<String> allowed = new TreeSet<>();
        keywordParent.path("properties").fieldNames().forEachRemaining(allowed::add);
        String near = Suggest.nearest(key, allowed);
        diagnostics.error(
            locations.ofKey(Locations.child(at, key)),
            "unknown key `" + key + "` in " + field,
            near != null
                ? "did you mean `" + near + "`?"
                : "allowed keys: " + String.join(", ", allowed));
      }
      case "type" ->
          diagnostics.error(
              locations.of(at),
              field
                  + ": expected "
                  + article(keywordParent.path("type").asText())
                  + ", found "
                  + kind(m.getInstanceNode()),
              null);
      case "enum" -> {
        List<String> options = new ArrayList<>();
        keywordParent.path("enum").forEach(o -> options.add(o.asText()));
        String found = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
        String near = Suggest.nearest(found, options);
        diagnostics.error(
            locations.of(at),
            field + ": `" + found + "` is not one of " + String.join(", ", options),
            near != null ? "did you mean `" + near + "`?" : null);
      }
      case "const" ->
          diagnostics.error(
              locations.of(at),
              field
                  + ": expected "
                  + keywordParent.path("const").asText()
                  + ", found "
                  + shown(at, m.getInstanceNode()),
              "dtplan reads spec version 1 only");
      case "pattern", "minLength", "maxLength" ->
          diagnostics.error(
              locations.of(at),
              field + ": " + shown(at, m.getInstanceNode()) + " is not valid",
              "expected " + keywordParent.path("x-expected").asText("a different value"));
      case "maxProperties" ->
          diagnostics.error(
              locations.of(at),
              field
                  + " has "
                  + m.getInstanceNode().size()
                  + " entries; Azure allows at most "
                  + keywordParent.path("maxProperties").asInt(),
              "split them over more instances");
      case "uniqueItems" ->
          diagnostics.error(
              locations.of(at), field + " lists the same value twice", "remove the duplicate");
      default -> diagnostics.error(locations.of(at), field + ": " + m.getMessage(), null);
    }
  }

  /** The schema object that holds the keyword named by the fragment's last element. */
  private JsonNode schemaNodeAt(JsonNodePath fragment, boolean parentOfKeyword) {
    JsonNode node = schemaTree;
    int count = fragment.getNameCount() - (parentOfKeyword ? 1 : 0);
    for (int i = 0; i < count; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  static String pointer(JsonNodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer
          .append('/')
          .append(path.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** `instances.factory.endpoints.telemetry.type`, the way the spec is written. */
  static String describe(String pointer) {
    if (pointer.isEmpty()) {
      return "the spec";
    }
    return "`" + pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~") + "`";
  }

  /** The value for a message; secret fields are never echoed. */
  private static String shown(String pointer, JsonNode value) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (SECRET_KEYS.contains(last)) {
      return "(sensitive value)";
    }
    return value == null
        ? "nothing"
        : value.isTextual() ? "`" + value.asText() + "`" : value.toString();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return "a string";
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "boolean" -> "true or false";
      case "integer", "number" -> "a number";
      default -> "a " + type;
    };
  }
}
