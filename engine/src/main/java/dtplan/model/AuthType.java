package dtplan.model;

/** The {@code authenticationType} of an ADT endpoint. It cannot change in place. */
public enum AuthType {
  KEY("KeyBased", "key"),
  IDENTITY("IdentityBased", "identity");

  private final String armName;
  private final String specName;

  AuthType(String armName, String specName) {
    this.armName = armName;
    this.specName = specName;
  }

  public String armName() {
    return armName;
  }

  public String specName() {
    return specName;
  }

  /** Azure's default when the field is absent is KeyBased. */
  public static AuthType fromArm(String value) {
    if (value == null || value.isBlank()) {
      return KEY;
    }
    for (AuthType t : values()) {
      if (t.armName.equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown authenticationType: " + value);
  }

  public static AuthType fromSpec(String value) {
    for (AuthType t : values()) {
      if (t.specName.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown auth: " + value);
  }
}
