package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The one ObjectMapper and a few null-tolerant accessors over Jackson trees. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return null;
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw ApiError.badRequest(
          "InvalidRequestContent",
          "The request content was invalid and could not be deserialized.");
    }
  }

  /** The text of field {@code name}, or null when absent, null or not a string. */
  static String text(JsonNode node, String name) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(name);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  static ObjectNode obj(JsonNode node, String name) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(name);
    return v instanceof ObjectNode o ? o : null;
  }

  /** Field {@code name} of {@code node} as an object, created when missing. */
  static ObjectNode child(ObjectNode node, String name) {
    JsonNode v = node.get(name);
    if (v instanceof ObjectNode o) {
      return o;
    }
    return node.putObject(name);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }
}
