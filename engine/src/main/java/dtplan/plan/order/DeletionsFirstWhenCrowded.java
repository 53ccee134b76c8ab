package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import dtplan.model.Route;

/**
 * On an instance crowded with endpoints (or routes), their deletions before their creations and
 * updates.
 */
final class DeletionsFirstWhenCrowded extends NamedRule {
  DeletionsFirstWhenCrowded() {
    super(
        "deletions-first-when-crowded",
        "Azure allows at most 6 endpoints and 6 routes per instance; creating first would pass the"
            + " limit");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    if (first.writes() || !then.writes()) {
      return false;
    }
    if (first.resource() instanceof Endpoint e && then.resource() instanceof Endpoint n) {
      return ArmId.same(e.instanceId(), n.instanceId())
          && facts.crowded(e.instanceId(), ResourceKind.ENDPOINT);
    }
    return first.resource() instanceof Route r
        && then.resource() instanceof Route n
        && ArmId.same(r.instanceId(), n.instanceId())
        && facts.crowded(r.instanceId(), ResourceKind.ROUTE);
  }
}
