package dtplan.model;

import java.util.Arrays;

/**
 * An enum with two spellings: Azure's ({@code IdentityBased}, {@code EventHub}) and the spec's
 * ({@code identity}, {@code eventhub}).
 */
interface Spelled {
  String armName();

  String specName();

  /** Azure compares these case-insensitively; so does dtplan when reading them back. */
  static <E extends Enum<E> & Spelled> E byArmName(Class<E> type, String value, String what) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.armName().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": " + value));
  }

  /** The spec's spelling is exact: its schema lists the values. */
  static <E extends Enum<E> & Spelled> E bySpecName(Class<E> type, String value, String what) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.specName().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": " + value));
  }
}
