package dtplan.plan.order;

/** The provider call a step makes. A REPLACE change becomes a DELETE step and a CREATE step. */
public enum Operation {
  CREATE("Creating", "Creation"),
  UPDATE("Modifying", "Modifications"),
  DELETE("Destroying", "Destruction");

  private final String progressive;
  private final String noun;

  Operation(String progressive, String noun) {
    this.progressive = progressive;
    this.noun = noun;
  }

  public String progressive() {
    return progressive;
  }

  public String noun() {
    return noun;
  }
}
