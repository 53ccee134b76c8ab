package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.Route;

/**
 * A route updated in place to name another endpoint before the endpoint it named is deleted. (A
 * replaced route is deleted before and created after instead.)
 */
final class RouteRetargetedBeforeEndpointDeleted extends NamedRule {
  RouteRetargetedBeforeEndpointDeleted() {
    super(
        "route-retargeted-before-endpoint-deleted",
        "Azure refuses to delete an endpoint that a route still names");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.operation() == Operation.UPDATE
        && !then.writes()
        && first.resource() instanceof Route r
        && first.live() instanceof Route old
        && then.resource() instanceof Endpoint e
        && Changes.routesTo(old, e)
        && !r.endpointName().equalsIgnoreCase(old.endpointName());
  }
}
