package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The spellings Azure varies, made canonical so that reading back what was written is no diff. */
final class Normalise {
  private Normalise() {}

  /** {@code West Europe} and {@code WestEurope} both become {@code westeurope}. */
  static String location(String location) {
    return location == null ? null : location.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  static Map<String, String> tags(JsonNode tags) {
    Map<String, String> out = new TreeMap<>();
    if (tags != null && tags.isObject()) {
      tags.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  /** Whether an identity type string includes the system identity, in any of Azure's spellings. */
  static boolean hasSystemIdentity(String type) {
    return type != null && type.toLowerCase(Locale.ROOT).contains("systemassigned");
  }
}
