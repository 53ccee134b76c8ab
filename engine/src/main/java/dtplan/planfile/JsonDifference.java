package dtplan.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/** The first place where two JSON trees differ, as a path a person can find in the file. */
final class JsonDifference {
  private JsonDifference() {}

  /** Where {@code found} is not {@code expected}, or empty when they are equal. */
  static Optional<String> first(JsonNode expected, JsonNode found) {
    return first(expected, found, "", "");
  }

  /** {@code about} names the entry {@code at} is in, by its address, once inside one. */
  private static Optional<String> first(
      JsonNode expected, JsonNode found, String at, String about) {
    if (expected.equals(found)) {
      return Optional.empty();
    }
    if (expected.isObject() && found.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      found.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String path = at.isEmpty() ? key : at + "." + key;
        if (!expected.has(key)) {
          return Optional.of(
              "`" + path + "` is there, but not in what the saved section gives" + about);
        }
        if (!found.has(key)) {
          return Optional.of("`" + path + "` is missing" + about);
        }
        Optional<String> inner = first(expected.get(key), found.get(key), path, about);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.of("`" + at + "` differs" + about);
    }
    if (expected.isArray() && found.isArray()) {
      Iterator<JsonNode> a = expected.elements();
      Iterator<JsonNode> b = found.elements();
      for (int i = 0; a.hasNext() && b.hasNext(); i++) {
        JsonNode next = a.next();
        String address = next.path("address").asText("");
        Optional<String> inner =
            first(
                next,
                b.next(),
                at + "[" + i + "]",
                address.isEmpty() ? about : " (the entry for " + address + ")");
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.of(
          "`" + at + "` has " + found.size() + " entries, not " + expected.size() + about);
    }
    return Optional.of("`" + at + "` differs" + about);
  }
}
