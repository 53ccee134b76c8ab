package dtplan.plan.order;

/** A rule's name and reason; the subclass says which pairs it orders. */
abstract class NamedRule implements OrderingRule {
  private final String name;
  private final String reason;

  NamedRule(String name, String reason) {
    this.name = name;
    this.reason = reason;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return name;
  }
}
