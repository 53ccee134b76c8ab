package dtplan.plan;

/** What a change does, with the symbol plans print for it (Terraform's). */
public enum Action {
  NO_OP(" "),
  CREATE("+"),
  UPDATE("~"),
  /**
   * Delete first, then create: ADT names are unique, so the new one cannot exist beside the old.
   */
  REPLACE("-/+"),
  DELETE("-");

  private final String symbol;

  Action(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isDestructive() {
    return this == REPLACE || this == DELETE;
  }

  public String verb() {
    return switch (this) {
      case NO_OP -> "unchanged";
      case CREATE -> "created";
      case UPDATE -> "updated in-place";
      case REPLACE -> "replaced";
      case DELETE -> "destroyed";
    };
  }
}
