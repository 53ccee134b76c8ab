package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.UserIdentity;

/** A user-assigned identity before the endpoints that authenticate with it. */
final class IdentityBeforeEndpoint extends NamedRule {
  IdentityBeforeEndpoint() {
    super("identity-before-endpoint", "Azure refuses an endpoint whose identity does not exist");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof UserIdentity u
        && then.resource() instanceof Endpoint e
        && e.identity() != null
        && ArmId.same(u.id(), e.identity().userAssignedIdentity());
  }
}
