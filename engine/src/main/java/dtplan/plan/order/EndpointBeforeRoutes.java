package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.Route;

/** An endpoint's write before the writes of the routes that name it. */
final class EndpointBeforeRoutes extends NamedRule {
  EndpointBeforeRoutes() {
    super("endpoint-before-routes", "Azure refuses a route to an endpoint that does not exist");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof Endpoint e
        && then.resource() instanceof Route r
        && Changes.routesTo(r, e);
  }
}
