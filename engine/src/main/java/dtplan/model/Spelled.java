package dtplan.model;

/**
 * An enum with two spellings: Azure's ({@code IdentityBased}, {@code EventHub}) and the spec's
 * ({@code identity}, {@code eventhub}).
 */
interface Spelled {
  String armName();

  String specName();

  /** Azure compares these case-insensitively; so does dtplan when reading them back. */
  static <E extends Enum<E> & Spelled> E byArmName(Class<E> type, String value, String what) {
    // A loop, not a stream: reading a spec or a plan asks this for every endpoint (issue 19).
    for (E e : type.getEnumConstants()) {
      if (e.armName().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + value);
  }

  /** The spec's spelling is exact: its schema lists the values. */
  static <E extends Enum<E> & Spelled> E bySpecName(Class<E> type, String value, String what) {
    for (E e : type.getEnumConstants()) {
      if (e.specName().equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + value);
  }
}
