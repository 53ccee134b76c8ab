package dtplan.plan;

/**
 * One attribute value in a plan. A sensitive value's {@code text} is a fingerprint, compared but
 * never shown; an unknown value is only known after apply and {@code text} names where it will come
 * from (for example {@code instances.factory.identity.principalId}); an absent value is null.
 */
public record Value(String text, Kind kind) {
  public enum Kind {
    KNOWN,
    SENSITIVE,
    UNKNOWN
  }

  public static Value of(String text) {
    return text == null ? null : new Value(text, Kind.KNOWN);
  }

  public static Value sensitive(String fingerprint) {
    return new Value(fingerprint, Kind.SENSITIVE);
  }

  public static Value unknown(String source) {
    return new Value(source, Kind.UNKNOWN);
  }

  public boolean isSensitive() {
    return kind == Kind.SENSITIVE;
  }

  public boolean isUnknown() {
    return kind == Kind.UNKNOWN;
  }

  /** How a plan shows this value to a person. */
  public String display() {
    return switch (kind) {
      case KNOWN -> "\"" + text + "\"";
      case SENSITIVE -> "(sensitive value)";
      case UNKNOWN -> "(known after apply)";
    };
  }
}
