package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.RoleAssignment;

/** Endpoint deletions before the deletions of their identity's role assignments. */
final class EndpointsDeletedBeforeRoles extends NamedRule {
  EndpointsDeletedBeforeRoles() {
    super(
        "endpoints-deleted-before-roles",
        "an endpoint whose identity lost its role fails delivery until it is gone");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && !then.writes()
        && first.resource() instanceof Endpoint
        && then.resource() instanceof RoleAssignment;
  }
}
