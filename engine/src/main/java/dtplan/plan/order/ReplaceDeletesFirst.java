package dtplan.plan.order;

import dtplan.plan.Action;

/** A replacement's delete step before its create step. */
final class ReplaceDeletesFirst extends NamedRule {
  ReplaceDeletesFirst() {
    super(
        "replace-deletes-first",
        "Azure names resources uniquely: the new one can only be created once the old one is gone");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.change().action() == Action.REPLACE
        && !first.writes()
        && then.writes()
        && first.address().equals(then.address());
  }
}
