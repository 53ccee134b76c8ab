package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Route;

/** An instance's route deletions before its endpoint deletions. */
final class RoutesDeletedBeforeEndpoints extends NamedRule {
  RoutesDeletedBeforeEndpoints() {
    super(
        "routes-deleted-before-endpoints",
        "Azure refuses to delete an endpoint that a route still names");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && !then.writes()
        && first.resource() instanceof Route r
        && then.resource() instanceof Endpoint e
        && ArmId.same(e.instanceId(), r.instanceId());
  }
}
