package dtplan.plan.order;

import dtplan.model.RoleAssignment;
import dtplan.model.Route;

/** A Data Owner grant on an instance before any route write or delete on it. */
final class DataOwnerBeforeRoutes extends NamedRule {
  DataOwnerBeforeRoutes() {
    super(
        "data-owner-before-routes",
        "route calls are data-plane calls: without Azure Digital Twins Data Owner they get 403");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && first.resource() instanceof RoleAssignment ra
        && then.resource() instanceof Route r
        && Changes.grantsDataPlaneWrite(ra, r.instanceId());
  }
}
