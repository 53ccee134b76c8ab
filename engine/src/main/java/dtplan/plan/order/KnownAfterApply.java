package dtplan.plan.order;

/** A step whose attribute is known only after apply waits for the step that provides it. */
final class KnownAfterApply extends NamedRule {
  KnownAfterApply() {
    super(
        "known-after-apply",
        "the value (such as a new identity's principal id) exists only once the other step ran");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && then.change().unknowns().containsValue(first.address());
  }
}
