package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The JSON helpers the provider needs; null-tolerant so mapping code stays flat. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** The text at a path of field names, or null if any step is missing or JSON null. */
  static String text(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }

  static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String p : path) {
      if (n == null || n.isNull()) {
        return null;
      }
      n = n.get(p);
    }
    return n == null || n.isNull() ? null : n;
  }
}
