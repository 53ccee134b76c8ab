package dtplan.plan.order;

import dtplan.model.Instance;
import dtplan.model.Route;

/** Route writes and deletes before the instance update that disables public network access. */
final class RoutesBeforePublicAccessOff extends NamedRule {
  RoutesBeforePublicAccessOff() {
    super(
        "routes-before-public-access-off",
        "routes live on the data plane, which stops answering public networks once public access"
            + " is disabled");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.resource() instanceof Route r
        && then.writes()
        && Changes.disablesPublicAccess(then.change())
        && Changes.inInstance(((Instance) then.resource()).id(), r);
  }
}
