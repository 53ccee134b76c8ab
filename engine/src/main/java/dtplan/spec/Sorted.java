package dtplan.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

final class Sorted {
  private Sorted() {}

  static <V> Map<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map == null ? Map.of() : map));
  }
}
