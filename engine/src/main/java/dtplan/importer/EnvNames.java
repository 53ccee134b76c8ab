package dtplan.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Readable, unique environment variable names: {@code <INSTANCE>_<ENDPOINT>_<WHAT>} in upper case,
 * with anything but letters and digits as {@code _}, and a counter when two would collide (names
 * that differ only by {@code -} and {@code _}, or by case).
 */
final class EnvNames {
  private final Set<String> taken = new HashSet<>();

  String next(String instance, String endpoint, String what) {
    String base = sanitize(instance) + "_" + sanitize(endpoint) + "_" + what;
    base = Character.isDigit(base.charAt(0)) ? "_" + base : base;
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  static String sanitize(String part) {
    return part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
