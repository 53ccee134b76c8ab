package dtplan.plan.order;

import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;

/**
 * A private endpoint's creation before the instance update that disables public network access, so
 * that the data plane is never closed to every network at once.
 */
final class PrivateEndpointBeforePublicAccessOff extends NamedRule {
  PrivateEndpointBeforePublicAccessOff() {
    super(
        "private-endpoint-before-public-access-off",
        "once public access is disabled the instance's data plane answers only its private"
            + " endpoints; creating them first leaves no moment when nothing reaches it");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && first.resource() instanceof PrivateEndpoint pe
        && then.writes()
        && Changes.disablesPublicAccess(then.change())
        && Changes.inInstance(((Instance) then.resource()).id(), pe);
  }
}
