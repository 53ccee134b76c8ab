package dtplan.plan.order;

import dtplan.model.RoleAssignment;
import dtplan.model.Route;

/** Route writes and deletes on an instance before a Data Owner grant on it is deleted. */
final class RoutesBeforeDataOwnerRevoked extends NamedRule {
  RoutesBeforeDataOwnerRevoked() {
    super(
        "routes-before-data-owner-revoked",
        "route calls are data-plane calls: once the grant is gone they get 403");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.resource() instanceof Route r
        && !then.writes()
        && then.resource() instanceof RoleAssignment ra
        && Changes.grantsDataPlaneWrite(ra, r.instanceId());
  }
}
