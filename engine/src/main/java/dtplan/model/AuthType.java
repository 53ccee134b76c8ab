package dtplan.model;

/** The {@code authenticationType} of an ADT endpoint. It cannot change in place. */
public enum AuthType implements Spelled {
  KEY("KeyBased", "key"),
  IDENTITY("IdentityBased", "identity");

  private final String armName;
  private final String specName;

  AuthType(String armName, String specName) {
    this.armName = armName;
    this.specName = specName;
  }

  @Override
  public String armName() {
    return armName;
  }

  @Override
  public String specName() {
    return specName;
  }

  /** Azure's default when the field is absent is KeyBased. */
  public static AuthType fromArm(String value) {
    return value == null || value.isBlank()
        ? KEY
        : Spelled.byArmName(AuthType.class, value, "authenticationType");
  }

  public static AuthType fromSpec(String value) {
    return Spelled.bySpecName(AuthType.class, value, "auth");
  }
}
