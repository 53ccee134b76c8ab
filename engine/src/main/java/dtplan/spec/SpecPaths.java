package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Pointers said the way the spec is written: {@code instances.factory.roles[0].scope}. */
final class SpecPaths {
  private SpecPaths() {}

  /**
   * The pointer in dotted form, in backticks. {@code tree} tells list indexes from keys that are
   * digits (an endpoint may be called {@code 12345}).
   */
  static String describe(String pointer, JsonNode tree) {
    if (pointer.isEmpty()) {
      return "the spec";
    }
    StringBuilder out = new StringBuilder();
    JsonNode node = tree;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = Locations.unescape(raw);
      if (node != null && node.isArray()) {
        out.append('[').append(segment).append(']');
        node = node.path(Integer.parseInt(segment));
      } else {
        out.append(out.isEmpty() ? "" : ".").append(segment);
        node = node == null ? null : node.get(segment);
      }
    }
    return "`" + out + "`";
  }
}
