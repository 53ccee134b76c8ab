package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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

  /** The keys whose values are secrets, wherever they stand. */
  static final Set<String> SECRET_KEYS =
      Set.of(
          "connectionString",
          "secondaryConnectionString",
          "accessKey",
          "secondaryAccessKey",
          "secret");

  /** The alternative every name pattern in the shipped schema ends with; see below. */
  static final String EXPRESSION_ESCAPE = "|.*\\$\\{[^}]+\\}.*";

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
      return new SpecSchema(withoutExpressionEscape(new ObjectMapper().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shipped schema lets any value containing {@code ${…}} pass a pattern, because editors check
   * the file as written, before substitution. The loader checks values after substitution, where
   * that escape would let {@code --var 'rg=${x}/../..'} (or a literal {@code $${x}}) skip the name
   * rules; so here every pattern loses it and substituted values are checked like literals.
   */
  static JsonNode withoutExpressionEscape(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                  e.setValue(
                      TextNode.valueOf(e.getValue().asText().replace(EXPRESSION_ESCAPE, "")));
                } else {
                  withoutExpressionEscape(e.getValue());
                }
              });
    } else if (node.isArray()) {
      node.forEach(SpecSchema::withoutExpressionEscape);
    }
    return node;
  }

  void validate(JsonNode spec, Locations locations, Diagnostics diagnostics) {
    validate(spec, locations, diagnostics, Set.of());
  }

  /**
   * {@code unknown}: where a value depends on an environment variable that is not set (validate and
   * graph only). Its shape (pattern, length) is not checked; a fixed set of values still is, since
   * what the rest of the spec must say depends on which one it is.
   */
  void validate(JsonNode spec, Locations locations, Diagnostics diagnostics, Set<String> unknown) {
    List<ValidationMessage> messages = new ArrayList<>(schema.validate(spec));
    messages.removeIf(
        m ->
            unknown.contains(pointer(m.getInstanceLocation()))
                && Set.of("pattern", "minLength", "maxLength", "format").contains(m.getType()));
    messages.sort(Comparator.comparing(m -> pointer(m.getInstanceLocation())));
    Set<String> suggested = new TreeSet<>();
    for (ValidationMessage m : messages) {
      if (m.getType().equals("additionalProperties")) {
        String near = nearestAllowed(m);
        if (near != null) {
          suggested.add(pointer(m.getInstanceLocation()) + "#" + near);
        }
      }
    }
    for (ValidationMessage m : messages) {
      // "unknown key `resourcegroup`, did you mean `resourceGroup`?" already says it is missing.
      boolean saidAlready =
          m.getType().equals("required")
              && suggested.contains(pointer(m.getInstanceLocation()) + "#" + m.getProperty());
      if (!saidAlready) {
        report(m, spec, locations, diagnostics, unknown);
      }
    }
  }

  private String nearestAllowed(ValidationMessage m) {
    return Suggest.nearest(m.getProperty(), allowedKeys(m));
  }

  private Set<String> allowedKeys(ValidationMessage m) {
    Set<String> allowed = new TreeSet<>();
    schemaNodeAt(m.getSchemaLocation().getFragment(), true)
        .path("properties")
        .fieldNames()
        .forEachRemaining(allowed::add);
    return allowed;
  }

  private void report(
      ValidationMessage m,
      JsonNode spec,
      Locations locations,
      Diagnostics diagnostics,
      Set<String> unknown) {
    String at = pointer(m.getInstanceLocation());
    JsonNode keywordParent = schemaNodeAt(m.getSchemaLocation().getFragment(), true);
    String field = SpecPaths.describe(at, spec);
    JsonNode found = m.getInstanceNode();
    switch (m.getType()) {
      case "required" ->
          diagnostics.error(
              locations.ofKey(at),
              field + " is missing required key `" + m.getProperty() + "`",
              "add `" + m.getProperty() + ":`; see docs/spec.md");
      case "additionalProperties" -> {
        String near = nearestAllowed(m);
        diagnostics.error(
            locations.ofKey(Locations.child(at, m.getProperty())),
            "unknown key `" + m.getProperty() + "` in " + field,
            near != null
                ? "did you mean `" + near + "`?"
                : "allowed keys: " + String.join(", ", allowedKeys(m)));
      }
      case "type" -> {
        String expected = keywordParent.path("type").asText();
        boolean nothing = found == null || found.isNull();
        diagnostics.error(
            nothing ? locations.ofKey(at) : locations.of(at),
            field + ": expected " + article(expected) + ", found " + kind(found),
            typeHint(at, expected, found));
      }
      case "enum" -> {
        List<String> options = new ArrayList<>();
        keywordParent.path("enum").forEach(o -> options.add(o.asText()));
        String text = found == null ? "" : found.asText();
        String near = Suggest.nearest(text, options);
        diagnostics.error(
            locations.of(at),
            field
                + ": found "
                + shown(at, found)
                + ", expected one of "
                + String.join(", ", options),
            unknown.contains(at)
                ? "it reads an environment variable that is not set; validate needs the value"
                    + " here: set it, or write the value"
                : near != null ? "did you mean `" + near + "`?" : null);
      }
      case "const" ->
          diagnostics.error(
              locations.of(at),
              field
                  + ": found "
                  + (found != null && found.isTextual() ? "the string " : "")
                  + shown(at, found)
                  + ", expected "
                  + keywordParent.path("const").asText(),
              found != null && found.isTextual()
                  ? "write `"
                      + at.substring(1)
                      + ": "
                      + keywordParent.path("const").asText()
                      + "` without quotes"
                  : "dtplan reads spec version 1 only");
      case "pattern", "minLength", "maxLength" ->
          diagnostics.error(
              locations.of(at),
              field
                  + ": found "
                  + shown(at, found)
                  + ", expected "
                  + keywordParent.path("x-expected").asText("a different value"),
              null);
      case "maxProperties" ->
          diagnostics.error(
              locations.ofKey(at),
              field
                  + " has "
                  + found.size()
                  + " entries; Azure allows at most "
                  + keywordParent.path("maxProperties").asInt(),
              "remove some, or move them to another instance");
      case "uniqueItems" ->
          diagnostics.error(
              locations.of(at), field + " lists the same value twice", "remove the duplicate");
      default -> diagnostics.error(locations.of(at), field + ": " + m.getMessage(), null);
    }
  }

  private static String typeHint(String at, String expected, JsonNode found) {
    if (at.isEmpty()) {
      return "a spec is a mapping that starts with `version: 1`; see docs/spec.md";
    }
    if (expected.equals("string") && found != null && found.isValueNode() && !found.isNull()) {
      return SECRET_KEYS.contains(at.substring(at.lastIndexOf('/') + 1))
          ? "quote the value"
          : "quote it: \"" + found.asText() + "\"";
    }
    if (expected.equals("boolean") && found != null && found.isTextual()) {
      return "write true or false without quotes";
    }
    if (expected.equals("object") && (found == null || found.isNull())) {
      return "write {} for an empty mapping, or remove the key";
    }
    return null;
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
