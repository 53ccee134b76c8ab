package dtplan.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

final class Sorted {
  private Sorted() {}

  static <V> Map<String, V> copy(Map<String, V> map) {
    // Most instances have no data history or private endpoints: no tree for an empty map.
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
