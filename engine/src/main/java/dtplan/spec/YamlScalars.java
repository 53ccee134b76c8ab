package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML tags a spec may use (the core schema's; any other is refused, so no tag can ask for
 * anything to be constructed), and what a scalar is in the JSON tree by its resolved tag.
 */
final class YamlScalars {
  private static final Set<Tag> CORE =
      Set.of(
          Tag.MAP,
          Tag.SEQ,
          Tag.STR,
          Tag.INT,
          Tag.FLOAT,
          Tag.BOOL,
          Tag.NULL,
          Tag.MERGE,
          Tag.TIMESTAMP);

  private YamlScalars() {}

  /** Whether a node with this tag, explicit or resolved, may stand in a spec. */
  static boolean isCore(Tag tag) {
    return CORE.contains(tag);
  }

  /** A number written in a form JSON has not (octal, hex, sexagesimal) stays text. */
  static JsonNode json(String value, Tag tag) {
    try {
      if (Tag.NULL.equals(tag)) {
        return JsonNodeFactory.instance.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JsonNodeFactory.instance.booleanNode(
            value.equalsIgnoreCase("true")
                || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on"));
      }
      if (Tag.INT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(new BigInteger(value.replace("_", "")));
      }
      if (Tag.FLOAT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(Double.parseDouble(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      // Octal, hex and sexagesimal forms: keep the text; the schema says what was expected.
    }
    return JsonNodeFactory.instance.textNode(value);
  }
}
